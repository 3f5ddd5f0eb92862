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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDBC store finds exactly what the in-memory store finds: the same members in the same order, page by page,
 * with and without a department scope, whether it answers from its cached index (the default), without a cache
 * (size 0), or for an organization larger than the cache (both scan the database's rows).
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

    @ParameterizedTest(name = "search cache size {0}")
    @ValueSource(ints = {JdbcStore.Builder.DEFAULT_SEARCH_CACHE_SIZE, 0, 10})
    void theJdbcStoreFindsWhatTheInMemoryIndexFinds(int cacheSize) {
        JdbcStore store = JdbcStore.builder(pool)
                .tablePrefix(TestDatabases.uniquePrefix())
                .searchCacheSize(cacheSize)
                .build();
        Org jdbc = populate(store);
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
        // only an organization that fits is held in memory: its 101 members and 2 departments
        assertThat(store.searchIndexedSubjects())
                .isEqualTo(cacheSize == JdbcStore.Builder.DEFAULT_SEARCH_CACHE_SIZE ? 103 : 0);
    }

    @Test
    void aScopeHoldingOneOfManyMatchesIsFoundPastSeveralBatchesOfCandidates() {
        JdbcStore store = JdbcStore.builder(pool)
                .tablePrefix(TestDatabases.uniquePrefix())
                .build();
        Org org = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build()
                .ensureDefault(new Creator("Admin", null));
        Department tiny = org.departments().create(org.root(), "Tiny");
        for (int i = 0; i < 700; i++) {
            org.members().add(NewMember.named(String.format("Lin %04d", i)));
        }
        org.members().add(NewMember.named("Lin 9999").in(tiny.id()));
        org.members().add(NewMember.named("Ann Lin").in(tiny.id()));

        assertThat(pages(org, MemberQuery.of("lin").inDepartment(tiny.id()).limit(1)))
                .extracting(s -> s.substring(0, s.indexOf('/')))
                .containsExactly("Ann Lin", "Lin 9999");
        assertThat(pages(org, MemberQuery.of("lin").limit(400))).hasSize(702);
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
