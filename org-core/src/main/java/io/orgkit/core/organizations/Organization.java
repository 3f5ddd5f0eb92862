package io.orgkit.core.organizations;

import io.orgkit.core.members.MemberId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
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

    public static final String GENERIC = "generic";

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        settings = Map.copyOf(settings);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether departments and members are synced from a platform (and so read-only here). */
    public boolean isSynced() {
        return !GENERIC.equals(type);
    }

    public Organization withName(String newName) {
        return new Organization(id, newName, type, leaderId, allowJoin, isDefault, settings, createdAt);
    }

    public Organization withLeader(@Nullable MemberId newLeader) {
        return new Organization(id, name, type, newLeader, allowJoin, isDefault, settings, createdAt);
    }

    public Organization withSettings(Map<String, String> newSettings) {
        return new Organization(id, name, type, leaderId, allowJoin, isDefault, newSettings, createdAt);
    }

    public Organization withAllowJoin(boolean allow) {
        return new Organization(id, name, type, leaderId, allow, isDefault, settings, createdAt);
    }
}
