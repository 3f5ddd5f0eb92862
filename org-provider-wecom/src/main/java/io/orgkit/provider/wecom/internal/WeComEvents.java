package io.orgkit.provider.wecom.internal;

import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.RemoteChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * WeCom's contact change events ({@code Event = change_contact}): {@code create_user} / {@code update_user} name a
 * user to re-read ({@code UserID}; an update that changed the userid also names {@code NewUserID}: the old id is
 * removed and the new one read), {@code delete_user} a user who left; {@code create_party} / {@code update_party} a
 * department to re-read ({@code Id}), {@code delete_party} a department deleted. {@code CreateTime} (epoch seconds)
 * orders them. Other events change nothing and are answered with success.
 */
final class WeComEvents {
    private WeComEvents() {}

    static CallbackMessage read(Map<String, String> event, String replayKey, CallbackResponse reply) {
        String type = "change_contact".equals(event.get("Event")) ? event.getOrDefault("ChangeType", "") : "";
        long version = version(event.get("CreateTime"));
        String user = id(event.get("UserID"));
        String newUser = id(event.get("NewUserID"));
        String party = id(event.get("Id"));
        List<RemoteChange> changes = new ArrayList<>();
        List<String> users = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        switch (type) {
            case "create_user" -> add(users, user);
            case "update_user" -> {
                if (newUser != null && !newUser.equals(user)) {
                    if (user != null) {
                        changes.add(new RemoteChange.MemberRemoved(user, version));
                    }
                    add(users, newUser);
                } else {
                    add(users, user);
                }
            }
            case "delete_user" -> {
                if (user != null) {
                    changes.add(new RemoteChange.MemberRemoved(user, version));
                }
            }
            case "create_party", "update_party" -> add(parties, party);
            case "delete_party" -> {
                if (party != null) {
                    changes.add(new RemoteChange.DepartmentRemoved(party, version));
                }
            }
            default -> {
                // tag changes, other events: nothing to apply
            }
        }
        String name = type.isEmpty() ? event.getOrDefault("Event", "") : type;
        return new CallbackMessage(
                replayKey, name.length() > 50 ? name.substring(0, 50) : name, changes, users, parties, version, reply);
    }

    private static void add(List<String> into, @Nullable String id) {
        if (id != null) {
            into.add(id);
        }
    }

    private static @Nullable String id(@Nullable String raw) {
        return raw == null || raw.isEmpty() || raw.length() > 64 ? null : raw;
    }

    private static long version(@Nullable String createTime) {
        try {
            long seconds = createTime == null ? 0 : Long.parseLong(createTime);
            return seconds > 0 && seconds < Long.MAX_VALUE / 1000 ? seconds * 1000 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
