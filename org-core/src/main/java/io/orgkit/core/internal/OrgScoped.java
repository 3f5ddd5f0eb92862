package io.orgkit.core.internal;

import io.orgkit.core.organizations.OrgId;
import java.util.function.Function;

/**
 * Base of the per-organization APIs: every call runs against one organization's id, and every change runs in a
 * transaction that locked that organization first (see {@link ServiceContext#write}).
 */
abstract class OrgScoped {
    protected final ServiceContext ctx;
    protected final OrgId org;

    OrgScoped(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    /** A change to departments or members: refused for synced (read-only) organizations. */
    protected <T> T changeContacts(Function<Tx, T> work) {
        return ctx.write(org, tx -> {
            Guard.writable(tx.organization());
            return work.apply(tx);
        });
    }

    /** A change allowed in every organization (roles, name, leader). */
    protected <T> T change(Function<Tx, T> work) {
        return ctx.write(org, work);
    }
}
