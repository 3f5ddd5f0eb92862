package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A Graph user as a remote member: object id, display name, employee id, phone, mail, job title, enabled. */
final class Users {
    /** The properties a complete user carries (a delta may list only the changed ones). */
    static final List<String> SELECTED = List.of(GraphClient.USER_SELECT.split(","));

    private Users() {}

    static RemoteMember member(JsonNode u, List<String> departments, String main) {
        String id = u.path("id").asText();
        String name = DepartmentNames.text(u, "displayName");
        if (name == null) {
            name = DepartmentNames.text(u, "userPrincipalName");
        }
        return new RemoteMember(
                id,
                name == null ? id : name,
                DepartmentNames.text(u, "employeeId"),
                phone(u),
                DepartmentNames.text(u, "mail"),
                DepartmentNames.text(u, "jobTitle"),
                departments,
                main,
                u.path("accountEnabled").asBoolean(true));
    }

    /** The mobile phone, else the first business phone. */
    static @Nullable String phone(JsonNode u) {
        String mobile = DepartmentNames.text(u, "mobilePhone");
        if (mobile != null) {
            return mobile;
        }
        JsonNode business = u.path("businessPhones");
        return business.isArray() && business.size() > 0 ? DepartmentNames.text(business, 0) : null;
    }

    /** Whether {@code u} carries every selected property (a delta's changed user may not). */
    static boolean complete(JsonNode u) {
        return SELECTED.stream().allMatch(u::has);
    }

    /** A usable object id: 1 .. 100 letters, digits and dashes. */
    static boolean validId(String id) {
        return !id.isEmpty()
                && id.length() <= 100
                && id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }
}
