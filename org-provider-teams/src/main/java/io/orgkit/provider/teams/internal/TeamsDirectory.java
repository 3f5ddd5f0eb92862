package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.teams.DepartmentMapping;
import io.orgkit.provider.teams.Teams;
import io.orgkit.provider.teams.TeamsConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Teams organization's directory in Microsoft Graph.
 * <ul>
 *   <li>{@code DEPARTMENT_FIELD}: {@link #fetchAll} reads {@code /v1.0/users} with {@code $select} and
 *       {@code $top=999}, every page by its absolute next link ({@code 1 + ceil(users / 999)} calls with the
 *       token), and derives the departments ({@link DepartmentNames}). {@link #changesSince} reads
 *       {@code /v1.0/users/delta}: the delta link is the cursor; {@code $deltatoken=latest} gives the starting
 *       point in one call; a round with no change is one call.</li>
 *   <li>{@code GROUPS}: {@link GroupWalk}; {@link #changesSince} reads {@code /users/delta} and
 *       {@code /groups/delta} together ({@link GroupDelta}); a round with no change is two calls.</li>
 * </ul>
 */
public final class TeamsDirectory implements DirectorySource {
    private final GraphClient client;
    private final TeamsConfig config;
    private final long callsBefore;

    /** A reader on {@code client}; {@link #apiCalls()} counts from now (the client may be shared). */
    public TeamsDirectory(GraphClient client) {
        this.client = client;
        this.config = client.config();
        this.callsBefore = client.apiCalls();
    }

    @Override
    public void fetchAll(DirectoryVisitor visitor) {
        if (config.departmentMapping() == DepartmentMapping.GROUPS) {
            new GroupWalk(client, String.valueOf(config.rootGroupId())).fetch(visitor);
            return;
        }
        List<JsonNode> users = Pages.all(client, "users", Map.of("$select", GraphClient.USER_SELECT, "$top", "999"));
        DepartmentNames names = new DepartmentNames(config.tenantId(), config.rootName());
        Map<String, RemoteMember> members = new LinkedHashMap<>();
        for (JsonNode u : users) {
            String id = u.path("id").asText("");
            if (Users.validId(id)) {
                String place = names.place(u);
                members.putIfAbsent(id, Users.member(u, List.of(place), place));
            }
        }
        names.departments().forEach(visitor::department);
        members.values().forEach(visitor::member);
    }

    /**
     * {@inheritDoc} With the {@code GROUPS} mapping the cursor holds both delta links ({@link GroupDelta}).
     *
     * @throws ProviderException code {@code cursor-expired} when Graph no longer knows the delta token (HTTP 410
     *                           {@code syncStateNotFound}): run a full sync
     */
    @Override
    public Optional<ChangePage> changesSince(@Nullable String cursor) {
        if (config.departmentMapping() == DepartmentMapping.GROUPS) {
            GroupDelta delta = new GroupDelta(client, String.valueOf(config.rootGroupId()));
            return Optional.of(cursor == null ? delta.start() : delta.round(cursor));
        }
        if (cursor == null) {
            JsonNode start =
                    client.get("users/delta", Map.of("$select", GraphClient.USER_SELECT, "$deltatoken", "latest"));
            return Optional.of(new ChangePage(List.of(), link(start, "@odata.deltaLink"), false));
        }
        try {
            client.checkedLink(cursor);
        } catch (ProviderException e) {
            throw new ProviderException(
                    Teams.TYPE,
                    GraphErrors.CURSOR_EXPIRED,
                    "the stored delta link is not on the organization's Microsoft Graph host (its '" + Teams.BASE_URL
                            + "' setting changed); run a full sync (sync().run()), which starts the changes afresh");
        }
        JsonNode page = client.follow(cursor);
        List<RemoteChange> changes = new ArrayList<>();
        Map<String, RemoteDepartment> departments = new LinkedHashMap<>();
        for (JsonNode item : Pages.items(page, "/v1.0/users/delta")) {
            String id = item.path("id").asText("");
            if (!Users.validId(id)) {
                continue;
            }
            if (item.has("@removed")) {
                changes.add(new RemoteChange.MemberRemoved(id, 0));
                continue;
            }
            Optional<JsonNode> user = Users.complete(item) ? Optional.of(item) : read(id);
            if (user.isEmpty()) {
                changes.add(new RemoteChange.MemberRemoved(id, 0));
                continue;
            }
            DepartmentNames names = new DepartmentNames(config.tenantId(), config.rootName());
            String place = names.place(user.get());
            names.noted().forEach(d -> departments.putIfAbsent(d.externalId(), d));
            changes.add(new RemoteChange.MemberUpserted(Users.member(user.get(), List.of(place), place), 0));
        }
        List<RemoteChange> all = new ArrayList<>();
        departments.values().forEach(d -> all.add(new RemoteChange.DepartmentUpserted(d, 0)));
        all.addAll(changes);
        String next = page.path("@odata.nextLink").asText("");
        return Optional.of(
                next.isEmpty()
                        ? new ChangePage(all, link(page, "@odata.deltaLink"), false)
                        : new ChangePage(all, link(page, "@odata.nextLink"), true));
    }

    private String link(JsonNode page, String field) {
        String link = page.path(field).asText("");
        if (link.isEmpty()) {
            throw new ProviderException(
                    Teams.TYPE,
                    "malformed-response",
                    "Microsoft Graph's /users/delta answer has neither a next link nor a delta link; nothing was"
                            + " applied");
        }
        client.checkedLink(link);
        return link;
    }

    @Override
    public Optional<RemoteMember> member(String externalId) {
        if (config.departmentMapping() == DepartmentMapping.GROUPS || !Users.validId(externalId)) {
            return DirectorySource.super.member(externalId);
        }
        return read(externalId).map(u -> {
            DepartmentNames names = new DepartmentNames(config.tenantId(), config.rootName());
            String place = names.place(u);
            return Users.member(u, List.of(place), place);
        });
    }

    /** {@code /users/{id}} with the selected properties; empty when Graph has no such user. */
    private Optional<JsonNode> read(String id) {
        try {
            return Optional.of(client.get("users/" + id, Map.of("$select", GraphClient.USER_SELECT)));
        } catch (ProviderException e) {
            if ("Request_ResourceNotFound".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Checks the credentials and the read permissions with the cheapest calls: token, one user (and the root group). */
    void verify() {
        client.checkCredentials();
        client.get("users", Map.of("$select", "id", "$top", "1"));
        if (config.departmentMapping() == DepartmentMapping.GROUPS) {
            client.get("groups/" + config.rootGroupId(), Map.of("$select", "id,displayName"));
            client.get("groups/" + config.rootGroupId() + "/members", Map.of("$select", "id", "$top", "1"));
        }
    }

    @Override
    public long apiCalls() {
        return client.apiCalls() - callsBefore;
    }

    @Override
    public void close() {
        client.close();
    }
}
