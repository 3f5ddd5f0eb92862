package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory index stays correct when most of its documents have been replaced (it compacts itself). */
class InMemorySearchIndexTest {
    private final InMemoryStore store = new InMemoryStore();
    private final OrgId org = OrgId.random();

    private SearchEntry entry(String id, String term) {
        return new SearchEntry(org, SearchSubject.MEMBER, id, term, List.of(new IndexedTerm(term, true)));
    }

    private List<TermMatch> find(String needle) {
        return store.read(
                s -> s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, needle, true, null, null, null, 10)));
    }

    @Test
    void manyReplacementsOfTheSameSubjectsLeaveOneCurrentDocumentEach() {
        store.write(s -> {
            s.insertOrganization(new Organization(org, "Acme", "generic", null, true, false, Map.of(), Instant.EPOCH));
            for (int round = 0; round < 1200; round++) {
                s.putSearchEntries(List.of(entry("a", "alpha" + round), entry("b", "beta" + round)));
            }
            return null;
        });

        assertThat(find("alpha1199")).extracting(TermMatch::id).containsExactly("a");
        assertThat(find("alpha1198")).isEmpty();
        assertThat(find("beta")).extracting(TermMatch::id).containsExactly("b");
    }
}
