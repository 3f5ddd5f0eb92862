package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.search.MemberHit;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDBC store's search cache: bounded across organizations, and correct whichever organization it holds. */
class SearchCacheTest {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void organizationsSearchedInTurnStayWithinTheCacheSizeAndAreFoundEachTime() {
        // each organization: 30 members, its creator and its root department = 32 subjects; the cache holds 40
        JdbcStore store = JdbcStore.builder(pool)
                .tablePrefix(TestDatabases.uniquePrefix())
                .searchCacheSize(40)
                .build();
        OrganizationService service = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build();
        Org first = service.create(generic("First", "Ann"));
        Org second = service.create(generic("Second", "Ben"));
        for (int i = 0; i < 30; i++) {
            first.members().add(NewMember.named("Lin " + (100 + i)));
            second.members().add(NewMember.named("Lee " + (100 + i)));
        }

        for (int round = 0; round < 3; round++) {
            assertThat(names(first.search().members("lin 10"))).hasSize(10).allMatch(n -> n.startsWith("Lin "));
            assertThat(store.searchIndexedSubjects()).isBetween(1L, 40L);
            assertThat(names(second.search().members("lee 12"))).hasSize(10).allMatch(n -> n.startsWith("Lee "));
            assertThat(store.searchIndexedSubjects()).isBetween(1L, 40L);
            first.members().add(NewMember.named("Lin " + (200 + round)));
        }
        assertThat(names(first.search().members("lin 20"))).containsExactly("Lin 200", "Lin 201", "Lin 202");
    }

    @Test
    void aNegativeCacheSizeIsRefused() {
        assertThatThrownBy(() -> JdbcStore.builder(pool).searchCacheSize(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("searchCacheSize");
    }

    private static NewOrganization generic(String name, String creator) {
        return new NewOrganization("generic", name, Map.of(), Map.of(), Creator.named(creator), null, false);
    }

    private static List<String> names(List<MemberHit> hits) {
        return hits.stream().map(h -> h.member().name()).toList();
    }
}
