package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is stored about one organization: a value read from the store. Change an organization through its handle
 * ({@code Org.rename}, {@code setLeader}, {@code allowJoin}, {@code updateSettings}); this record has no copy
 * helpers that could be mistaken for those actions.
 *
 * @param id the organization's id
 * @param name its name
 * @param leaderId the leader (a member), or null
 * @param createdAt when it was created
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

    /** The type of locally maintained organizations. */
    public static final String GENERIC = "generic";

    /**
     * Checks the components.
     *
     * @throws io.orgkit.core.ValidationException when a required component is null
     */
    public Organization {
        Check.notNull(id, "id");
        Check.notNull(name, "name");
        Check.notNull(type, "type");
        settings = Map.copyOf(settings);
        Check.notNull(createdAt, "createdAt");
    }

    /**
     * Whether departments and members are synced from a platform (and so read-only here).
     *
     * @return true for a synced organization
     */
    public boolean isSynced() {
        return !GENERIC.equals(type);
    }
}
