package io.orgkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.Actor;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stored event's JSON is the event's own JSON object with the actor appended as its last property: the same
 * properties in the same order as a tree with the actor put last (how it was written before).
 */
class EventJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void theActorIsTheLastPropertyOfEveryEventsObject() throws Exception {
        OrgId org = OrgId.random();
        Instant at = Instant.parse("2026-11-30T08:30:00.123456Z");
        MemberId m = MemberId.random();
        DepartmentId d = DepartmentId.random();
        String tricky = "张\"三\\ \u0001 \u2028 é";
        List<OrgEvent> events = List.of(
                new OrgEvent.OrganizationCreated(org, at, tricky, "generic"),
                new OrgEvent.OrganizationRenamed(org, at, tricky),
                new OrgEvent.JoinPolicyChanged(org, at, true),
                new OrgEvent.LeaderChanged(org, at, null),
                new OrgEvent.LeaderChanged(org, at, m),
                new OrgEvent.DepartmentRenamed(org, at, d, tricky),
                new OrgEvent.DepartmentMoved(org, at, d, DepartmentId.random()),
                new OrgEvent.DepartmentsMerged(org, at, List.of(d, DepartmentId.random()), d),
                new OrgEvent.DepartmentDeleted(org, at, d),
                new OrgEvent.DepartmentManagersChanged(org, at, d, List.of()),
                new OrgEvent.MemberAdded(org, at, m, tricky),
                new OrgEvent.MemberUpdated(org, at, m),
                new OrgEvent.MemberResigned(org, at, m),
                new OrgEvent.MemberReactivated(org, at, m),
                new OrgEvent.MemberErased(org, at, m),
                new OrgEvent.OrganizationDeleted(org, at),
                new OrgEvent.RoleMembersChanged(org, at, RoleId.random(), List.of(m), List.of()),
                new OrgEvent.SyncCompleted(org, at, Map.of("added", 3)));
        List<Actor> actors = List.of(
                Actor.UNATTRIBUTED,
                Actor.SYNC,
                Actor.member(m),
                Actor.caller("张\"三\\ \u2028 é"),
                Actor.importBy(Actor.caller("x")));
        for (OrgEvent e : events) {
            for (Actor a : actors) {
                String json = EventBus.toJson(e, a);
                ObjectNode expected = (ObjectNode) PLAIN.readTree(EventBus.toJson(e));
                ObjectNode actor = expected.putObject(EventBus.ACTOR);
                actor.put("kind", a.kind().name());
                if (a.id() != null) {
                    actor.put("id", a.id());
                }
                assertThat(PLAIN.readTree(json)).as(json).isEqualTo(expected);
                assertThat(PLAIN.writeValueAsString(PLAIN.readTree(json)))
                        .as("property order")
                        .isEqualTo(PLAIN.writeValueAsString(expected));
            }
        }
    }
}
