package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.tck.graph.GraphDirectory;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphUser;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GROUPS mapping's change feed at the source level: the cursor, the placement rule, what is left out. */
class GroupDeltaTest {
    private final GraphSimulator sim = GraphSimulator.start();
    private final GraphClient client = Fixture.client(
            Fixture.builder(sim, sim.clientSecret())
                    .rootGroup(GraphDirectory.ROOT_GROUP)
                    .build(),
            Clock.systemUTC(),
            new Fixture.RecordingSleeper());
    private final TeamsDirectory source = new TeamsDirectory(client);

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void theStartingPointIsTwoCallsAndTheCursorHoldsBothDeltaLinks() {
        ChangePage start = source.changesSince(null).orElseThrow();

        assertThat(start.changes()).isEmpty();
        assertThat(start.cursor()).startsWith(GroupDelta.PREFIX).contains("/v1.0/users/delta?", "/v1.0/groups/delta?");
        assertThat(sim.calls("/v1.0/users/delta") + sim.calls("/v1.0/groups/delta"))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nonsense",
                "g1 only-one-link",
                "g1 http://elsewhere.example/v1.0/users/delta?$deltatoken=1.0"
                        + " http://elsewhere.example/v1.0/groups/delta?$deltatoken=1.0",
                "users-link",
            })
    void aCursorThatIsNotTwoDeltaLinksOnGraphIsExpiredAndNothingIsCalled(String cursor) {
        String bad = "users-link".equals(cursor) ? sim.baseUrl() + "/v1.0/users/delta?$deltatoken=1.0" : cursor;
        sim.resetCounters();

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> source.changesSince(bad));

        assertThat(e.code()).isEqualTo("cursor-expired");
        assertThat(e.getMessage()).contains("full sync").doesNotContain("elsewhere");
        assertThat(sim.totalCalls()).isZero();
    }

    @Test
    void aRefusedMemberOfLookupNamesTheGroupPermission() {
        assertThat(GraphErrors.permissionFor("/v1.0/users/u-1/memberOf")).isEqualTo("GroupMember.Read.All");
        assertThat(GraphErrors.permissionFor("/v1.0/groups/delta")).isEqualTo("GroupMember.Read.All");
        assertThat(GraphErrors.permissionFor("/v1.0/users/delta")).isEqualTo("User.Read.All");
    }

    @Test
    void anExpiredGroupsLinkAloneIsExpired() {
        String start = source.changesSince(null).orElseThrow().cursor();
        String usersLink = start.substring(GroupDelta.PREFIX.length(), start.indexOf(' ', GroupDelta.PREFIX.length()));
        String staleGroups = sim.baseUrl() + "/v1.0/groups/delta?$select=displayName,members&$deltatoken=99.0";

        ProviderException e = catchThrowableOfType(
                ProviderException.class, () -> source.changesSince(GroupDelta.PREFIX + usersLink + " " + staleGroups));

        assertThat(e.code()).isEqualTo("cursor-expired");
        assertThat(e.getMessage()).contains("full sync");
    }

    @Test
    void anOverlongCursorIsExpired() {
        String link = sim.baseUrl() + "/v1.0/users/delta?$deltatoken=" + "1".repeat(1_000);
        ProviderException e =
                catchThrowableOfType(ProviderException.class, () -> source.changesSince("g1 " + link + " " + link));

        assertThat(e.code()).isEqualTo("cursor-expired");
    }

    @Test
    void aGroupInTwoParentsOfTheSameDepthSitsUnderTheSmallerIdInTheDeltaAndTheFullWalk() {
        GraphDirectory d = sim.directory();
        String a = d.addGroup(GraphDirectory.ROOT_GROUP, "A");
        String b = d.addGroup(GraphDirectory.ROOT_GROUP, "B");
        d.removeMember(GraphDirectory.ROOT_GROUP, a);
        d.addMember(GraphDirectory.ROOT_GROUP, a); // the root now lists B before A
        String cursor = source.changesSince(null).orElseThrow().cursor();
        String shared = d.addGroup(b, "Shared");
        d.addMember(a, shared);
        d.addUser(GraphUser.of("u-eve", "Eve"));
        d.addMember(shared, "u-eve");
        d.addMember(b, "u-eve");

        List<RemoteChange> changes = source.changesSince(cursor).orElseThrow().changes();

        RemoteChange.DepartmentUpserted up = changes.stream()
                .filter(c -> c instanceof RemoteChange.DepartmentUpserted u
                        && u.department().externalId().equals(shared))
                .map(RemoteChange.DepartmentUpserted.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(up.department().parentExternalId()).isEqualTo(a);
        RemoteChange.MemberUpserted eve = changes.stream()
                .filter(c -> c instanceof RemoteChange.MemberUpserted m
                        && m.externalId().equals("u-eve"))
                .map(RemoteChange.MemberUpserted.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(eve.member().departmentExternalIds()).containsExactly(b, shared);
        Fixture.Collected full = Fixture.fetch(client);
        assertThat(full.department(shared).parentExternalId()).isEqualTo(a);
        assertThat(full.member("u-eve").departmentExternalIds()).containsExactly(b, shared);
        assertThat(full.member("u-eve").mainDepartmentExternalId())
                .isEqualTo(eve.member().mainDepartmentExternalId())
                .isEqualTo(b);
    }

    @Test
    void aGroupOutsideTheTreeAndItsMembersAreLeftOut() {
        GraphDirectory d = sim.directory();
        String other = d.addGroup(GraphDirectory.ROOT_GROUP, "Other");
        d.removeMember(GraphDirectory.ROOT_GROUP, other);
        String cursor = source.changesSince(null).orElseThrow().cursor();
        d.renameGroup(other, "Other 2");
        String gone = d.addGroup(other, "Gone");
        d.deleteGroup(gone);

        List<RemoteChange> changes = source.changesSince(cursor).orElseThrow().changes();

        assertThat(changes).isEmpty();
    }
}
