package io.orgkit.core.internal.sync;

import io.orgkit.core.ProviderException;
import io.orgkit.core.internal.OrgOps;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One complete fetch of an organization's remote directory, checked to be a tree. */
record DirectoryFetch(
        RemoteTree tree, long apiCalls, @Nullable String startCursor) {

    /** Thrown when the fetch fails; carries the platform calls made until then. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long apiCalls;

        Failed(ProviderException cause, long apiCalls) {
            super(cause.getMessage(), cause, false, false);
            this.apiCalls = apiCalls;
        }

        ProviderException providerException() {
            return java.util.Objects.requireNonNull((ProviderException) getCause());
        }
    }

    static DirectoryFetch run(
            ServiceContext ctx, Organization org, SyncProgressListener progress, io.orgkit.core.sync.SyncScope scope) {
        OrganizationProvider provider = provider(ctx, org);
        RemoteSnapshot snapshot = new RemoteSnapshot(progress);
        Progress.tell(progress, new SyncProgress(SyncProgress.Phase.FETCHING, 0, -1));
        long calls;
        String cursor;
        try (DirectorySource source = provider.openDirectory(OrgOps.settings(ctx, org))) {
            try {
                cursor = source.changesSince(null).map(ChangePage::cursor).orElse(null);
                if (scope.isAll()) {
                    source.fetchAll(snapshot);
                } else {
                    source.fetchAll(snapshot, scope);
                }
            } catch (ProviderException e) {
                throw new Failed(e, source.apiCalls());
            } catch (RuntimeException e) {
                throw new Failed(
                        new ProviderException(
                                org.type(),
                                "fetch-failed",
                                "fetching the " + provider.displayName()
                                        + " directory of '" + org.name() + "' failed ("
                                        + e.getClass().getSimpleName() + ": "
                                        + e.getMessage() + "); nothing was synced; sync again later",
                                e),
                        source.apiCalls());
            }
            calls = source.apiCalls();
        }
        Progress.tell(progress, new SyncProgress(SyncProgress.Phase.FETCHING, snapshot.size(), snapshot.size()));
        ScopeProjection.Result kept = ScopeProjection.project(snapshot, scope);
        if (!kept.missingIncludes().isEmpty()) {
            throw new Failed(missing(org, provider, kept.missingIncludes()), calls);
        }
        try {
            return new DirectoryFetch(
                    RemoteTree.check(kept.snapshot(), org.type(), kept.outside(), !scope.isAll()), calls, cursor);
        } catch (ProviderException e) {
            throw new Failed(e, calls);
        }
    }

    private static ProviderException missing(
            Organization org, OrganizationProvider provider, java.util.List<String> ids) {
        return new ProviderException(
                org.type(),
                "scope-unknown",
                "the sync scope of organization '" + org.name() + "' includes " + ScopeCheck.list(ids) + ", which the "
                        + provider.displayName() + " directory does not list (deleted, or outside the app's visible"
                        + " range); nothing was synced. Change the scope with sync().changeScope(...)");
    }

    static OrganizationProvider provider(ServiceContext ctx, Organization org) {
        OrganizationProvider p = ctx.providers().get(org.type());
        if (p == null) {
            throw new ProviderException(
                    org.type(),
                    "provider-missing",
                    "organization '" + org.name() + "' is of type '"
                            + org.type() + "' but no such provider is registered (known: "
                            + new TreeSet<>(ctx.providers().keySet())
                            + "); add its module to the classpath or register it with"
                            + " OrganizationService.builder().provider(...)");
        }
        return p;
    }
}
