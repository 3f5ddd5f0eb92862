package io.orgkit.core.organizations;

import io.orgkit.core.internal.Ids;

/** Identifies an organization. */
public record OrgId(String value) {
    public OrgId {
        Ids.check(value, "OrgId");
    }

    public static OrgId of(String value) {
        return new OrgId(value);
    }

    public static OrgId random() {
        return new OrgId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
