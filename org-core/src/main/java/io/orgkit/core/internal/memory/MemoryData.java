package io.orgkit.core.internal.memory;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoredEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the in-memory store holds; guarded by the store's lock. */
public final class MemoryData {
    final Map<OrgId, Organization> organizations = new LinkedHashMap<>();
    final Map<OrgId, OrgData> perOrg = new HashMap<>();
    /** Single-use values by "org kind key" (see {@link MemorySession#insertSingleUse}). */
    final Map<SingleUseKey, SingleUseValue> singleUse = new HashMap<>();

    record SingleUseKey(OrgId org, String kind, String key) {}

    record SingleUseValue(String value, java.time.Instant expiresAt) {}

    /** The feed by sequence (entries of a deleted organization are removed, so sequences may have gaps). */
    final java.util.TreeMap<Long, StoredEvent> events = new java.util.TreeMap<>();

    /** The last sequence given out. */
    long lastSequence;

    OrgData org(OrgId id) {
        OrgData d = perOrg.get(id);
        if (d == null) {
            throw new IllegalStateException("organization " + id + " is not stored; insert it first");
        }
        return d;
    }
}
