package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is stored about one organization.
 *
 * @param type       the provider type: {@value #GENERIC} for locally maintained organizations,
 *                   {@code dingtalk}, {@code wecom}, {@code teams} or a plug-in's type for synced ones
 * @param settings   the provider's non-secret settings (CorpID, AgentID, ...); secrets are kept apart, encrypted
 * @param allowJoin  when on, a newly registered user becomes a member automatically
 * @param isDefault  the application's default organization (at most one)
 */
public record Organization(
        OrgId id,
        String name,
        String type,
        @Nullable MemberId leaderId,
        boolean allowJoin,
        boolean isDefault,
        Map<String, String> settings,
        Instant createdAt) {

    /** The type of an organization maintained in OrgKit itself (not synced from a platform). */
    public static final String GENERIC = "generic";

    /**
     * Validates the organization and copies its settings.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public Organization {
        Check.notNull(id, "id");
        Check.notNull(name, "name");
        Check.notNull(type, "type");
        settings = Map.copyOf(settings);
        Check.notNull(createdAt, "createdAt");
    }

    /** Whether departments and members are synced from a platform (and so read-only here). */
    public boolean isSynced() {
        return !GENERIC.equals(type);
    }

    /**
     * A copy with another name; stores nothing (use {@code Org.rename}).
     *
     * @param newName the name
     * @return the copy
     */
    public Organization withName(String newName) {
        return new Organization(id, newName, type, leaderId, allowJoin, isDefault, settings, createdAt);
    }

    /**
     * A copy with another leader; stores nothing (use {@code Org.setLeader}).
     *
     * @param newLeader the leader, or null for none
     * @return the copy
     */
    public Organization withLeader(@Nullable MemberId newLeader) {
        return new Organization(id, name, type, newLeader, allowJoin, isDefault, settings, createdAt);
    }

    /**
     * A copy with other settings; stores nothing (use {@code Org.updateSettings}).
     *
     * @param newSettings the settings
     * @return the copy
     */
    public Organization withSettings(Map<String, String> newSettings) {
        return new Organization(id, name, type, leaderId, allowJoin, isDefault, newSettings, createdAt);
    }

    /**
     * A copy with another join setting; stores nothing.
     *
     * @param allow whether people may ask to join
     * @return the copy
     */
    public Organization withAllowJoin(boolean allow) {
        return new Organization(id, name, type, leaderId, allow, isDefault, settings, createdAt);
    }
}
