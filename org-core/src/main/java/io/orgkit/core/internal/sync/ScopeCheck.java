package io.orgkit.core.internal.sync;

import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Quote;
import io.orgkit.core.internal.Rules;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a sync scope against the platform before it is stored: every department it names exists, the root is not
 * excluded, and every excluded department lies inside an included one. It reads the named departments one by one
 * ({@link DirectorySource#department}) and their ancestors as far as needed; a source that cannot read one
 * department is read whole once instead.
 */
public final class ScopeCheck {
    private final DirectorySource source;
    private final Map<String, Optional<RemoteDepartment>> read = new HashMap<>();
    private @Nullable RemoteSnapshot whole;

    private ScopeCheck(DirectorySource source) {
        this.source = source;
    }

    /**
     * Refuses {@code scope} when it does not fit the directory of the organization with {@code settings}.
     *
     * @throws ValidationException (field {@code scope}) naming the unknown or misplaced departments
     * @throws ProviderException   when the platform cannot be read
     */
    public static void validate(OrganizationProvider provider, ProviderSettings settings, SyncScope scope) {
        if (scope.isAll()) {
            return;
        }
        try (DirectorySource source = provider.openDirectory(settings)) {
            new ScopeCheck(source).check(scope, provider.displayName());
        }
    }

    private void check(SyncScope scope, String platform) {
        List<String> unknown = new ArrayList<>();
        for (String id : scope.named()) {
            if (department(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw ValidationException.of(
                    "scope",
                    "the sync scope names " + (unknown.size() == 1 ? "a department" : "departments") + " that "
                            + platform + " does not have: " + list(unknown) + "; use the platform's department ids"
                            + " (RemoteDepartment.externalId, as synced departments show in Department.externalId())");
        }
        for (String id : scope.excluded()) {
            RemoteDepartment d = department(id).orElseThrow();
            if (d.parentExternalId() == null) {
                throw ValidationException.of(
                        "scope",
                        "the sync scope excludes the platform's root department " + Quote.of(id)
                                + ", which would leave nothing; include the subtrees to sync instead");
            }
            if (!scope.included().isEmpty() && !insideIncluded(d, scope)) {
                throw ValidationException.of(
                        "scope",
                        "the sync scope excludes department " + Quote.of(id) + " ('" + Quote.cut(d.name())
                                + "'), which is not inside any included department; exclude only inside "
                                + list(new ArrayList<>(scope.included())));
            }
        }
    }

    private boolean insideIncluded(RemoteDepartment excluded, SyncScope scope) {
        String parent = excluded.parentExternalId();
        for (int hops = 0; parent != null && hops <= Rules.MAX_DEPTH + 1; hops++) {
            if (scope.included().contains(parent)) {
                return true;
            }
            Optional<RemoteDepartment> p = department(parent);
            if (p.isEmpty()) {
                return false;
            }
            parent = p.get().parentExternalId();
        }
        return false;
    }

    private Optional<RemoteDepartment> department(String id) {
        Optional<RemoteDepartment> known = read.get(id);
        if (known != null) {
            return known;
        }
        Optional<RemoteDepartment> found;
        if (whole != null) {
            found = Optional.ofNullable(whole.departments.get(id));
        } else {
            try {
                found = source.department(id);
            } catch (ProviderException e) {
                if (!"unsupported".equals(e.code())) {
                    throw e;
                }
                whole = new RemoteSnapshot(SyncProgressListener.NONE);
                source.fetchAll(whole);
                found = Optional.ofNullable(whole.departments.get(id));
            }
        }
        read.put(id, found);
        return found;
    }

    /** Stores {@code scope} as the scope in effect of {@code org} (a new organization, inside its creation). */
    public static void store(
            io.orgkit.core.store.StoreSession session, io.orgkit.core.organizations.OrgId org, SyncScope scope) {
        SyncRecords.putScope(session, org, scope);
    }

    /** Up to ten ids, quoted, and how many more. */
    static String list(List<String> ids) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.size() && i < 10; i++) {
            out.append(i == 0 ? "" : ", ").append(Quote.of(ids.get(i)));
        }
        if (ids.size() > 10) {
            out.append(" and ").append(ids.size() - 10).append(" more");
        }
        return out.toString();
    }
}
