package io.orgkit.core.internal;

import io.orgkit.core.organizations.OrgId;

/** The names of the leases core takes: one sync of an organization at a time, also held while it is deleted. */
public final class LeaseNames {
    private LeaseNames() {}

    /** The lease a sync of {@code org} holds (and the deletion of {@code org}). */
    public static String sync(OrgId org) {
        return "orgkit.sync." + org.value();
    }
}
