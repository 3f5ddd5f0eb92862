package io.orgkit.core.internal.sync;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.store.StoreSession;
import java.util.Map;

/**
 * The platform version (time) of the last change applied per member and department, kept as organization
 * attributes. A change whose version is below the recorded one is stale and skipped, so late or duplicated
 * deliveries never overwrite a newer state. Versions are compared per entity only: they may be platform times or
 * per-platform counters, so they are never compared with the local clock.
 */
final class ChangeVersions {
    private static final String PREFIX = "sync.v.";

    private ChangeVersions() {}

    static String key(RemoteChange c) {
        boolean member = c instanceof RemoteChange.MemberUpserted || c instanceof RemoteChange.MemberRemoved;
        return PREFIX + (member ? "m." : "d.") + c.externalId();
    }

    /** True when {@code c} is not older than what was applied to its entity (or has no version). */
    static boolean isCurrent(StoreSession s, OrgId org, RemoteChange c) {
        if (c.version() <= 0) {
            return true;
        }
        return c.version() >= s.attribute(org, key(c)).map(Long::parseLong).orElse(0L);
    }

    /** Records the versions applied (entity key to version); only raises them. */
    static void record(StoreSession s, OrgId org, Map<String, Long> versions) {
        versions.forEach((key, v) -> {
            long seen = s.attribute(org, key).map(Long::parseLong).orElse(0L);
            if (v > seen) {
                s.putAttribute(org, key, Long.toString(v));
            }
        });
    }
}
