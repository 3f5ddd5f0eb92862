package io.orgkit.core.internal;

import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.Organization;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Copies of an {@link Organization} with one field changed, for core's writes. Kept out of the public record so that
 * {@code organization.withLeader(m)} is never mistaken for {@code org.setLeader(m)}.
 */
public final class OrganizationCopies {
    private OrganizationCopies() {}

    /** {@code o} renamed. */
    public static Organization named(Organization o, String name) {
        return new Organization(
                o.id(), name, o.type(), o.leaderId(), o.allowJoin(), o.isDefault(), o.settings(), o.createdAt());
    }

    /** {@code o} with another leader (null: none). */
    public static Organization led(Organization o, @Nullable MemberId leader) {
        return new Organization(
                o.id(), o.name(), o.type(), leader, o.allowJoin(), o.isDefault(), o.settings(), o.createdAt());
    }

    /** {@code o} with other settings. */
    public static Organization configured(Organization o, Map<String, String> settings) {
        return new Organization(
                o.id(), o.name(), o.type(), o.leaderId(), o.allowJoin(), o.isDefault(), settings, o.createdAt());
    }

    /** {@code o} with the join switch set. */
    public static Organization joinable(Organization o, boolean allow) {
        return new Organization(
                o.id(), o.name(), o.type(), o.leaderId(), allow, o.isDefault(), o.settings(), o.createdAt());
    }
}
