package io.orgkit.core.internal.search;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each organization's stored terms derived by the current rules and plug-ins. An organization records the
 * {@link SearchTerms#fingerprint()} it was indexed with; one indexed otherwise (data from before search terms
 * existed, or a plug-in added or removed) is re-indexed once, at its first search. Re-indexing is idempotent,
 * so two instances doing it at once give the same result.
 */
public final class SearchIndex {
    static final String ATTRIBUTE = "search.terms";
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int CHUNK = 1000;

    private final OrgStore store;
    private final SearchTerms terms;
    private final Set<OrgId> current = ConcurrentHashMap.newKeySet();

    public SearchIndex(OrgStore store, SearchTerms terms) {
        this.store = store;
        this.terms = terms;
    }

    public SearchTerms terms() {
        return terms;
    }

    /** Re-indexes {@code org} when it was indexed by other rules (or never). */
    public void ensureCurrent(OrgId org) {
        if (current.contains(org)) {
            return;
        }
        String want = terms.fingerprint();
        boolean stale = store.read(s -> s.organization(org).isPresent()
                && !want.equals(s.attribute(org, ATTRIBUTE).orElse(null)));
        if (stale) {
            long started = System.nanoTime();
            int count = store.write(s -> rebuild(s, org, want));
            LOG.info(
                    "search terms of organization {} derived again for {} members and departments in {} ms",
                    org,
                    count,
                    (System.nanoTime() - started) / 1_000_000);
        }
        current.add(org);
    }

    private int rebuild(StoreSession s, OrgId org, String fingerprint) {
        if (fingerprint.equals(s.attribute(org, ATTRIBUTE).orElse(null))) {
            return 0;
        }
        List<Member> members = s.allMembers(org, true);
        List<Department> departments = s.departments(org);
        for (int i = 0; i < members.size(); i += CHUNK) {
            s.putSearchEntries(members.subList(i, Math.min(members.size(), i + CHUNK)).stream()
                    .map(terms::derive)
                    .toList());
        }
        s.putSearchEntries(departments.stream().map(terms::derive).toList());
        s.putAttribute(org, ATTRIBUTE, fingerprint);
        return members.size() + departments.size();
    }
}
