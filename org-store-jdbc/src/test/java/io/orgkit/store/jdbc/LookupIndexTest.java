package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exact member lookups (employee ID key, phone, email, external id) and the feed of one organization read through
 * an index, never a scan: the plans H2 chooses for the store's filters name the index.
 */
class LookupIndexTest {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    private String plan(String sql) throws Exception {
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void everyExactLookupUsesAnIndex() throws Exception {
        JdbcStore.of(pool).close();
        String members = "SELECT m.id FROM orgkit_members m WHERE m.org_id = 'o' AND ";
        assertThat(plan(members + "m.employee_id_key = 'e1'")).contains("orgkit_members_employee_id_uk");
        assertThat(plan(members + "m.phone = '+8613800138000'")).contains("orgkit_members_phone_uk");
        assertThat(plan(members + "m.email = 'a@x.io'")).contains("orgkit_members_email_uk");
        assertThat(plan(members + "m.external_id = 'u1'")).contains("orgkit_members_external_uk");
        assertThat(plan("SELECT seq FROM orgkit_events WHERE org_id = 'o' AND seq > 5 ORDER BY seq"))
                .contains("orgkit_events_org_ix");
        // a keyset page reads the (org_id, name, id) index from its position, in order (no sort of the rest)
        String page = plan(members + "m.status = 'ACTIVE' AND m.name >= 'M' AND (m.name > 'M' OR m.id > 'x')"
                + " ORDER BY m.org_id, m.name, m.id LIMIT 100");
        assertThat(page).contains("orgkit_members_name_ix").contains("index sorted");
    }
}
