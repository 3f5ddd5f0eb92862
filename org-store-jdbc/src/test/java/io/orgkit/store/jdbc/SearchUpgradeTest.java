package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.search.MemberHit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database from before search terms (schema V1/V2), and one from the row-per-term table (V3 to V5), gets the
 * search documents table (V6) and its members' terms on upgrade.
 */
class SearchUpgradeTest {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();
    private final String prefix = TestDatabases.uniquePrefix();

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    private OrganizationService service() {
        JdbcStore store = JdbcStore.builder(pool).tablePrefix(prefix).build();
        return OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build();
    }

    @Test
    void membersStoredBeforeTheUpgradeAreFoundAfterIt() throws Exception {
        Org acme = service().ensureDefault(new Creator("Alice Zhang", null));
        Department sales = acme.departments().create(acme.root(), "Sales");
        Member bob = acme.members()
                .add(NewMember.named("Bob Li").phone("+86 139 0013 9002").in(sales.id()));
        backToTheSchemaBeforeSearchTerms();

        Org upgraded = service().ensureDefault(new Creator("Alice Zhang", null));

        assertThat(hasVersion(3)).isTrue();
        assertThat(hasVersion(6)).isTrue();
        assertThat(upgraded.search().members("139-0013"))
                .extracting(MemberHit::member)
                .containsExactly(bob);
        assertThat(upgraded.search().departments("sale"))
                .extracting(h -> h.department().id())
                .containsExactly(sales.id());
    }

    @Test
    void membersIndexedInTheRowPerTermTableAreFoundAfterTheUpgrade() throws Exception {
        Org acme = service().ensureDefault(new Creator("Alice Zhang", null));
        Member bob = acme.members().add(NewMember.named("Bob Li").phone("+86 139 0013 9002"));
        assertThat(acme.search().members("0013")).extracting(MemberHit::member).containsExactly(bob);
        backToTheRowPerTermTable();

        Org upgraded = service().ensureDefault(new Creator("Alice Zhang", null));

        assertThat(hasVersion(6)).isTrue();
        assertThat(upgraded.search().members("0013"))
                .extracting(MemberHit::member)
                .containsExactly(bob);
    }

    /** What a database written by the version before search terms looks like: no terms table, no index mark. */
    private void backToTheSchemaBeforeSearchTerms() throws Exception {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + prefix + "search_docs");
            s.execute("ALTER TABLE " + prefix + "organizations DROP COLUMN search_rev");
            s.execute("DELETE FROM " + prefix + "schema_history WHERE version IN (3, 6)");
            s.execute("DELETE FROM " + prefix + "attributes WHERE name = 'search.terms'");
        }
        assertThat(hasVersion(3)).isFalse();
    }

    /** A database of schema V5: the row-per-term table (here empty of rows) and the index mark of that time. */
    private void backToTheRowPerTermTable() throws Exception {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + prefix + "search_docs");
            s.execute("ALTER TABLE " + prefix + "organizations DROP COLUMN search_rev");
            s.execute("CREATE TABLE " + prefix + "search_terms (org_id VARCHAR(64) NOT NULL, subject CHAR(1) NOT NULL,"
                    + " subject_id VARCHAR(64) NOT NULL, term VARCHAR(64) NOT NULL, kind SMALLINT NOT NULL,"
                    + " sort_name VARCHAR(255) NOT NULL)");
            s.execute("DELETE FROM " + prefix + "schema_history WHERE version = 6");
        }
        assertThat(hasVersion(6)).isFalse();
    }

    private boolean hasVersion(int version) throws Exception {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM " + prefix + "schema_history WHERE version = " + version)) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
