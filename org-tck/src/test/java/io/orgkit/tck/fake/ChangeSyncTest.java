package io.orgkit.tck.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes applied through the full sync's mapping: versions, idempotency, guard, lease, tree repair. */
class ChangeSyncTest {
    private final FakeDirectory remote = new FakeDirectory("acme", "key-0123456789");
    private final InMemoryStore store = new InMemoryStore();
    private final OrganizationService service = OrganizationService.builder()
            .store(store)
            .discoverProviders(false)
            .provider(new FakeProvider(remote))
            .secretKey("change sync test key")
            .build();
    private Org org;
    private String sales;

    private static RemoteMember person(String id, String name, String dept) {
        return new RemoteMember(id, name, null, null, null, null, List.of(dept), dept, true);
    }

    @BeforeEach
    void syncedOrganization() {
        sales = remote.addDepartment(FakeDirectory.ROOT, "Sales");
        for (int i = 0; i < 30; i++) {
            remote.addMember(person("u" + i, "Person " + i, sales));
        }
        org = service.create(remote.organization("ACME"));
        org.sync().run();
    }

    private Member member(String externalId) {
        return org.members().list().stream()
                .filter(m -> externalId.equals(m.externalId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOlderChangeNeverOverwritesANewerOne() {
        org.sync().applyChanges(List.of(new RemoteChange.MemberUpserted(person("u1", "Newest", sales), 50)));

        SyncReport late = org.sync()
                .applyChanges(List.of(
                        new RemoteChange.MemberUpserted(person("u1", "Older", sales), 40),
                        new RemoteChange.MemberRemoved("u1", 45)));

        assertThat(late.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(member("u1").name()).isEqualTo("Newest");
    }

    @Test
    void theSameChangeTwiceWritesOnce() {
        RemoteChange rename = new RemoteChange.MemberUpserted(person("u2", "Renamed", sales), 7);

        SyncReport first = org.sync().applyChanges(List.of(rename));
        SyncReport second = org.sync().applyChanges(List.of(rename));

        assertThat(first.kind()).isEqualTo(SyncKind.CHANGES);
        assertThat(first.count(ChangeKind.MEMBER_UPDATED)).isEqualTo(1);
        assertThat(second.total()).isZero();
    }

    @Test
    void aBurstOfRemovalsIsHeldLikeAFullSyncs() {
        List<RemoteChange> removals = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            removals.add(new RemoteChange.MemberRemoved("u" + i, 100 + i));
        }

        SyncReport report = org.sync().applyChanges(removals);

        assertThat(report.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(org.sync().heldPlan()).isPresent();
        assertThat(org.members().count()).isEqualTo(30);
    }

    @Test
    void changesWaitWhileASyncHoldsTheLease() {
        store.leases().tryAcquire("orgkit.sync." + org.id().value(), "other-instance", Duration.ofMinutes(1));

        assertThatThrownBy(() -> org.sync().applyChanges(List.of(new RemoteChange.MemberRemoved("u3", 9))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already running");
        assertThat(member("u3").isActive()).isTrue();
    }

    @Test
    void membersOfARemovedDepartmentMoveUpToItsParent() {
        String team = remote.addDepartment(sales, "Team");
        remote.addMember(person("t1", "Teammate", team));
        org.sync().run();

        org.sync().applyChanges(List.of(new RemoteChange.DepartmentRemoved(team, 500)));

        assertThat(org.departments().subtree(org.root().id()))
                .extracting(d -> d.externalId())
                .doesNotContain(team);
        assertThat(org.departments().get(member("t1").mainDepartmentId()).externalId())
                .isEqualTo(sales);
    }

    @Test
    void aMemberInADepartmentUnknownHereIsReportedAndLeftOut() {
        SyncReport report =
                org.sync().applyChanges(List.of(new RemoteChange.MemberUpserted(person("x1", "Stranger", "999"), 1)));

        assertThat(report.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("full sync"));
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("x1");
    }

    @Test
    void theDeltaFeedIsReadFromTheCursorAFullSyncLeft() {
        remote.updateMember(person("u4", "Via Feed", sales));
        remote.removeMember("u5");

        SyncReport report = org.sync().runChanges();

        assertThat(report.kind()).isEqualTo(SyncKind.CHANGES);
        assertThat(member("u4").name()).isEqualTo("Via Feed");
        assertThat(org.members().resigned()).extracting(Member::externalId).contains("u5");
        assertThat(org.sync().runChanges().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    }
}
