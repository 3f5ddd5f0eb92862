package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.members.MemberField;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a WeCom user ({@code user/list} entry or {@code user/get} answer) into a member: its
 * status, its departments, and which fields WeCom sent.
 *
 * <p>WeCom's {@code status}: 1 active, 2 disabled, 4 not yet activated, 5 left the enterprise. 1, 2 and 4 are
 * members, marked {@link PlatformAccount#ACTIVATED}, {@link PlatformAccount#DISABLED} and {@link
 * PlatformAccount#NOT_ACTIVATED}; 5 is absent (the member resigns). Since 2022-06-20 WeCom omits mobile, email,
 * avatar, gender and address for self-built apps created after that date (they need the employee's own
 * authorisation): {@link Mapped#sent()} says which of those fields were in the answer, and a phone or email WeCom
 * did not send is {@linkplain RemoteMember#withheld() withheld}, so the member keeps its local value.
 */
final class WeComMembers {
    /** The fields the 2022 restriction may leave out, as WeCom names them. */
    static final List<String> RESTRICTED = List.of("mobile", "email", "avatar", "gender", "address", "biz_mail");

    /** WeCom's account statuses. */
    enum Status {
        ACTIVE(1),
        DISABLED(2),
        NOT_ACTIVATED(4),
        LEFT(5),
        UNKNOWN(0);

        final int code;

        Status(int code) {
            this.code = code;
        }

        static Status of(int code) {
            for (Status s : values()) {
                if (s.code == code) {
                    return s;
                }
            }
            return UNKNOWN;
        }
    }

    /**
     * A mapped member.
     *
     * @param member the member to hand to the sync
     * @param status WeCom's status of the account
     * @param sent   which of {@link #RESTRICTED} WeCom sent (the others must keep their local value)
     * @param leaderIn the departments whose leader WeCom says the member is ({@code is_leader_in_dept})
     */
    record Mapped(RemoteMember member, Status status, Set<String> sent, Set<String> leaderIn) {}

    private WeComMembers() {}

    /**
     * Maps {@code user}; empty for a member who left (status 5), or who is in none of the departments read.
     *
     * @param visible         whether a department was read (the app's visible range)
     * @param employeeIdAttribute the custom text attribute holding the employee ID
     */
    static Optional<Mapped> map(JsonNode user, Predicate<String> visible, String employeeIdAttribute) {
        String id = user.path("userid").asText("");
        Status status = Status.of(user.path("status").asInt(1));
        if (id.isEmpty() || status == Status.LEFT) {
            return Optional.empty();
        }
        List<String> departments = new ArrayList<>();
        Set<String> leaderIn = new LinkedHashSet<>();
        JsonNode depts = user.path("department");
        JsonNode leader = user.path("is_leader_in_dept");
        for (int i = 0; i < depts.size(); i++) {
            String d = depts.get(i).asText();
            if (visible.test(d) && !departments.contains(d)) {
                departments.add(d);
                if (leader.path(i).asInt(0) == 1) {
                    leaderIn.add(d);
                }
            }
        }
        if (departments.isEmpty()) {
            return Optional.empty();
        }
        String main = user.path("main_department").asText("");
        if (!departments.contains(main)) {
            main = departments.get(0);
        }
        Set<String> sent = new LinkedHashSet<>();
        RESTRICTED.stream().filter(user::has).forEach(sent::add);
        RemoteMember member = new RemoteMember(
                id,
                name(user, id),
                employeeId(user, employeeIdAttribute),
                WeComClient.text(user, "mobile"),
                WeComClient.text(user, "email"),
                WeComClient.text(user, "position"),
                departments,
                main,
                true,
                account(status),
                withheld(sent));
        return Optional.of(new Mapped(member, status, sent, leaderIn));
    }

    /** The account state a WeCom status stands for (an unknown status is taken as an activated account). */
    static PlatformAccount account(Status status) {
        return switch (status) {
            case DISABLED -> PlatformAccount.DISABLED;
            case NOT_ACTIVATED -> PlatformAccount.NOT_ACTIVATED;
            case ACTIVE, LEFT, UNKNOWN -> PlatformAccount.ACTIVATED;
        };
    }

    /** The member fields WeCom left out of the answer (the 2022 restriction): the local values stay. */
    static Set<MemberField> withheld(Set<String> sent) {
        Set<MemberField> withheld = EnumSet.noneOf(MemberField.class);
        if (!sent.contains("mobile")) {
            withheld.add(MemberField.PHONE);
        }
        if (!sent.contains("email")) {
            withheld.add(MemberField.EMAIL);
        }
        return withheld;
    }

    private static String name(JsonNode user, String id) {
        String name = WeComClient.text(user, "name");
        return name == null ? id : name;
    }

    /** The text value of the custom attribute {@code attribute} ({@code extattr.attrs[].text.value}). */
    static @Nullable String employeeId(JsonNode user, String attribute) {
        for (JsonNode attr : user.path("extattr").path("attrs")) {
            if (attribute.equals(attr.path("name").asText())
                    && attr.path("type").asInt(0) == 0) {
                String v = attr.path("text")
                        .path("value")
                        .asText(attr.path("value").asText(""));
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }
}
