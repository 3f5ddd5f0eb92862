package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.events.Actor;
import io.orgkit.core.events.ActorKind;
import io.orgkit.core.events.FeedEvent;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.PlatformAccount;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sync's changes are fed as typed events made by the sync, and carry the platform account state. */
class SyncFeedTest {
    private final SyncFixture f = new SyncFixture();

    @Test
    void aSyncsEventsAreRecordedAsMadeByTheSyncAndReadBackTyped() {
        f.remote.dept("10", "1", "R&D").member("u1", "Ann", "10");
        long start = f.service.events().read(f.org.id(), null, 1000).items().size();

        f.org.as(Actor.caller("scheduler")).sync().run();

        List<FeedEvent> entries =
                f.service.events().read(f.org.id(), null, 1000).items();
        List<FeedEvent> bySync = entries.subList((int) start, entries.size());
        assertThat(bySync).isNotEmpty();
        assertThat(bySync).extracting(FeedEvent::actor).containsOnly(new Actor(ActorKind.SYNC, "scheduler"));
        assertThat(bySync)
                .extracting(FeedEvent::event)
                .last()
                .isInstanceOfSatisfying(
                        OrgEvent.SyncCompleted.class,
                        c -> assertThat(c.counts()).containsEntry("MEMBER_CREATED", 1));
        assertThat(bySync.stream().map(FeedEvent::event).toList())
                .isEqualTo(f.events.subList(f.events.size() - bySync.size(), f.events.size()));
    }

    @Test
    void aSyncKeepsTheAccountStateAndTheLocalValueOfAWithheldField() {
        f.remote.dept("10", "1", "R&D");
        f.remote.put(new io.orgkit.core.spi.RemoteMember(
                "u2",
                "Bo",
                null,
                "13800138000",
                null,
                null,
                List.of("10"),
                "10",
                true,
                PlatformAccount.NOT_ACTIVATED,
                Set.of()));
        f.sync().run();
        assertThat(f.org.members().findByExternalId("u2").orElseThrow().platformAccount())
                .isEqualTo(PlatformAccount.NOT_ACTIVATED);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        f.org.io()
                .exportMembers(
                        io.orgkit.core.io.ExportScope.organization(),
                        io.orgkit.core.io.FileFormat.CSV,
                        io.orgkit.core.io.ExportOptions.defaults()
                                .columns(
                                        io.orgkit.core.io.MemberColumn.NAME,
                                        io.orgkit.core.io.MemberColumn.PLATFORM_ACCOUNT),
                        out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Platform account")
                .contains("Bo,Not activated");

        f.remote.put(new io.orgkit.core.spi.RemoteMember(
                "u2",
                "Bo",
                null,
                null,
                null,
                null,
                List.of("10"),
                "10",
                true,
                PlatformAccount.ACTIVATED,
                Set.of(io.orgkit.core.members.MemberField.PHONE)));
        SyncReport report = f.sync().run();

        var bo = f.org.members().findByExternalId("u2").orElseThrow();
        assertThat(bo.platformAccount()).isEqualTo(PlatformAccount.ACTIVATED);
        assertThat(bo.phone()).isEqualTo("+8613800138000");
        assertThat(report.counts()).containsEntry(ChangeKind.MEMBER_UPDATED, 1);
    }

    @Test
    void aPlatformWithTwoSameNameSiblingsSyncsBothAsTheyAre() {
        f.remote
                .dept("10", "1", "Sales")
                .dept("11", "1", "SALES")
                .member("u1", "Ann", "10")
                .member("u2", "Bo", "11");

        SyncReport report = f.sync().run();

        assertThat(report.failures()).isEmpty();
        assertThat(f.org.departments().children(f.org.root().id()))
                .extracting(io.orgkit.core.departments.Department::name)
                .containsExactlyInAnyOrder("Sales", "SALES");
        assertThat(f.org.members().list()).hasSize(2);
    }

    @Test
    void aChangeAboutOneMemberLeavesAnotherMembersAccountStateAsItIs() {
        f.remote.dept("10", "1", "R&D").member("u1", "Ann", "10");
        f.remote.put(new io.orgkit.core.spi.RemoteMember(
                "u2",
                "Bo",
                null,
                null,
                null,
                null,
                List.of("10"),
                "10",
                true,
                PlatformAccount.NOT_ACTIVATED,
                Set.of()));
        f.sync().run();

        f.sync()
                .applyChanges(List.of(new io.orgkit.core.spi.RemoteChange.MemberUpserted(
                        new io.orgkit.core.spi.RemoteMember(
                                "u1", "Ann Li", null, null, null, null, List.of("10"), "10", true),
                        5)));

        assertThat(f.org.members().findByExternalId("u1").orElseThrow().name()).isEqualTo("Ann Li");
        assertThat(f.org.members().findByExternalId("u2").orElseThrow().platformAccount())
                .isEqualTo(PlatformAccount.NOT_ACTIVATED);
    }
}
