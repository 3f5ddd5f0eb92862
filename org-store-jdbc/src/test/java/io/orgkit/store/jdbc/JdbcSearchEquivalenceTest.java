package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.search.SearchPage;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store's terms table finds exactly what the in-memory index finds (which checks every candidate's whole
 * terms): the same members in the same order, page by page, with and without a department scope.
 */
class JdbcSearchEquivalenceTest {
    private static final String[] SURNAMES = {"张", "李", "王", "林", "单", "曾"};
    private static final String[] GIVEN = {"三", "小明", "娜", "林", "伟", "小"};
    private static final String[] LATIN = {"Lin", "Linda", "Olin", "Marlin", "Abc", "Zhang San", "Li Na", "Xiaoming"};
    private static final String[] QUERIES = {
        "张",
        "小",
        "小明",
        "林",
        "张三",
        "明",
        "张s",
        "lin",
        "lind",
        "inda",
        "rli",
        "abc",
        "zhang",
        "san",
        "ang",
        "li",
        "l",
        "ng s",
        "0013",
        "139",
        "9002",
        "+86 139",
        "001",
        "mail",
        "example.com",
        "e00",
        "E0012",
        "xyz",
        "小x"
    };

    private final JdbcConnectionPool pool = TestDatabases.h2Memory();

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void theJdbcStoreFindsWhatTheInMemoryIndexFinds() {
        Org jdbc = populate(JdbcStore.builder(pool)
                .tablePrefix(TestDatabases.uniquePrefix())
                .build());
        Org memory = populate(new InMemoryStore());
        Department jdbcEast = jdbc.search().departments("east").get(0).department();
        Department memoryEast = memory.search().departments("east").get(0).department();

        for (String q : QUERIES) {
            assertThat(pages(jdbc, MemberQuery.of(q).limit(7)))
                    .as(q)
                    .containsExactlyElementsOf(pages(memory, MemberQuery.of(q).limit(7)));
            assertThat(pages(jdbc, MemberQuery.of(q).inDepartment(jdbcEast.id())))
                    .as(q + " in East")
                    .containsExactlyElementsOf(pages(memory, MemberQuery.of(q).inDepartment(memoryEast.id())));
        }
        assertThat(pages(jdbc, MemberQuery.of("小明").limit(7))).isNotEmpty();
        assertThat(pages(jdbc, MemberQuery.of("inda").limit(7))).isNotEmpty();
    }

    private static Org populate(OrgStore store) {
        Org org = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build()
                .ensureDefault(new Creator("Admin", null));
        Department east = org.departments().create(org.root(), "East");
        int n = 0;
        for (String s : SURNAMES) {
            for (String g : GIVEN) {
                add(org, s + g, n++, east);
            }
        }
        for (String a : LATIN) {
            for (String b : LATIN) {
                add(org, a + " " + b, n++, east);
            }
        }
        return org;
    }

    private static void add(Org org, String name, int n, Department east) {
        NewMember m = NewMember.named(name)
                .employeeId("E" + String.format("%04d", n))
                .email("m" + n + "@example.com")
                .phone("+86 139 " + String.format("%04d", n * 7 % 10000) + " 9002");
        org.members().add(n % 3 == 0 ? m.in(east.id()) : m);
    }

    /** Every hit of the query, page after page, as (name, email, rank). */
    private static List<String> pages(Org org, MemberQuery query) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            SearchPage<MemberHit> page = org.search().memberPage(query.after(cursor));
            page.hits()
                    .forEach(h -> out.add(h.member().name() + "/" + h.member().email() + "/" + h.highlights()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }
}
