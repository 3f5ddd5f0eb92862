package io.orgkit.core.internal;

import io.orgkit.core.organizations.OrgId;
import java.util.function.Function;

/** Base of the per-organization APIs: every call runs against one organization's id. */
abstract class OrgScoped {
    protected final ServiceContext ctx;
    protected final OrgId org;

    OrgScoped(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    /** A change to departments or members: refused for synced (read-only) organizations. */
    protected <T> T changeContacts(Function<Tx, T> work) {
        return ctx.write(tx -> {
            Guard.writableOrganization(tx.session(), org);
            return work.apply(tx);
        });
    }

    /** A change allowed in every organization (roles, name, leader). */
    protected <T> T change(Function<Tx, T> work) {
        return ctx.write(tx -> {
            Guard.organization(tx.session(), org);
            return work.apply(tx);
        });
    }
}
