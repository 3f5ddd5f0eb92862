package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.SyncScope;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to create an organization. Build one with {@link GenericOrganization#named} or a
 * provider's factory (e.g. {@code DingTalk.organization(...)}).
 *
 * @param leader   the first member, leader and administrator (generic organizations); synced ones take
 *                 their leader from the synced members later
 * @param password the leader's initial account password (generic organizations), stored only as a hash
 * @param syncScope the platform departments a synced organization takes ({@link SyncScope#ALL}: all of them);
 *                  checked against the platform when the organization is created
 */
public record NewOrganization(
        String type,
        String name,
        Map<String, String> settings,
        Map<String, Secret> secrets,
        @Nullable Creator leader,
        @Nullable Secret password,
        boolean allowJoin,
        SyncScope syncScope) {

    /**
     * Validates the request and copies its settings.
     *
     * @throws io.orgkit.core.ValidationException when the type or name is missing
     */
    public NewOrganization {
        Check.notNull(type, "type");
        Check.notNull(name, "name");
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
        Check.notNull(syncScope, "syncScope");
    }

    /** An organization that takes its whole platform directory (or a generic one). */
    public NewOrganization(
            String type,
            String name,
            Map<String, String> settings,
            Map<String, Secret> secrets,
            @Nullable Creator leader,
            @Nullable Secret password,
            boolean allowJoin) {
        this(type, name, settings, secrets, leader, password, allowJoin, SyncScope.ALL);
    }

    /** A synced organization of {@code type} with its settings and secrets. */
    public static NewOrganization synced(
            String type, String name, Map<String, String> settings, Map<String, Secret> secrets) {
        return new NewOrganization(type, name, settings, secrets, null, null, true);
    }

    /**
     * This request with another join setting.
     *
     * @param allow whether people may ask to join
     * @return a new request
     */
    public NewOrganization withAllowJoin(boolean allow) {
        return new NewOrganization(type, name, settings, secrets, leader, password, allow, syncScope);
    }

    /**
     * The same organization taking only the platform departments {@code scope} names (see {@link SyncScope}); the
     * scope is checked against the platform when the organization is created and can be changed later with
     * {@code org.sync().changeScope(...)}. Only for synced organizations: a generic one is refused at creation.
     */
    public NewOrganization withSyncScope(SyncScope scope) {
        return new NewOrganization(type, name, settings, secrets, leader, password, allowJoin, scope);
    }

    @Override
    public String toString() {
        return "NewOrganization[type=" + type + ", name=" + name + ", settings=" + new TreeMap<>(settings)
                + ", secrets=" + new TreeMap<>(secrets).keySet() + ", leader=" + leader + ", allowJoin=" + allowJoin
                + (syncScope.isAll() ? "" : ", syncScope=" + syncScope) + "]";
    }
}
