package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.spring.boot.internal.SyncHealth;
import io.orgkit.tck.dingtalk.DingTalkPermission;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The health of synced organizations, as both Boot lines report it. */
class SyncHealthTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(9, 3, 30, 2);
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .secretKey(Fixtures.KEY)
            .build();
    private final OrgKitProperties properties = new OrgKitProperties();

    @AfterEach
    void stop() {
        sim.close();
        orgs.close();
    }

    private SyncHealth at(Instant now) {
        return new SyncHealth(orgs, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void onlySyncedOrganizationsAreReportedUnknownBeforeTheirFirstSync() {
        orgs.ensureDefault(Creator.named("Alice"));
        Org ding = Fixtures.dingTalk(orgs, sim, "Ding");
        var all = at(Instant.now()).all();
        assertThat(all).containsOnlyKeys(ding.id().value());
        assertThat(all.get(ding.id().value()).status()).isEqualTo(SyncHealth.UNKNOWN);
        assertThat(all.get(ding.id().value()).details()).containsEntry("lastSync", "never");
    }

    @Test
    void upAfterASyncThenDownWhenTheLastSyncIsOlderThanAllowed() {
        Org ding = Fixtures.dingTalk(orgs, sim, "Ding");
        ding.sync().run();
        Instant finished = ding.sync().lastState().orElseThrow().finishedAt();

        var fresh =
                at(finished.plus(Duration.ofHours(1))).one(ding.id().value()).orElseThrow();
        assertThat(fresh.status()).isEqualTo(SyncHealth.UP);
        assertThat(fresh.details())
                .containsEntry("lastOutcome", "APPLIED")
                .containsEntry("ageSeconds", 3600L)
                .containsEntry("heldPlanWaiting", false);

        var stale =
                at(finished.plus(Duration.ofHours(26))).one(ding.id().value()).orElseThrow();
        assertThat(stale.status()).isEqualTo(SyncHealth.DOWN);

        // an organization's own max-age wins over the default
        OrgKitProperties.OrganizationSync own = new OrgKitProperties.OrganizationSync();
        own.setMaxAge(Duration.ofMinutes(30));
        properties.getSync().getOrganizations().put("Ding", own);
        assertThat(at(finished.plus(Duration.ofHours(1)))
                        .one(ding.id().value())
                        .orElseThrow()
                        .status())
                .isEqualTo(SyncHealth.DOWN);
    }

    @Test
    void downWhenTheLastSyncFailedWithTheErrorInTheDetails() {
        Org ding = Fixtures.dingTalk(orgs, sim, "Ding");
        sim.revoke(DingTalkPermission.CONTACT_MEMBER_READ);
        assertThatThrownBy(() -> ding.sync().run()).isNotNull();
        var r = at(Instant.now()).one(ding.id().value()).orElseThrow();
        assertThat(r.status()).isEqualTo(SyncHealth.DOWN);
        assertThat(r.details()).containsEntry("lastOutcome", "FAILED").containsKey("lastError");
        assertThat((String) r.details().get("lastError")).hasSizeLessThanOrEqualTo(200);
        assertThat(r.details().toString()).doesNotContain(sim.appSecret());
    }

    @Test
    void aHeldPlanWaitingForApprovalIsInTheDetails() {
        Org ding = Fixtures.dingTalk(orgs, sim, "Ding");
        ding.sync().run();
        sim.directory().users().stream().limit(20).forEach(u -> sim.directory().removeUser(u.userid()));
        var report =
                ding.sync().withOptions(SyncOptions.DEFAULTS.withGuard(0.1, 5)).run();
        assertThat(report.isHeld()).isTrue();

        var r = at(Instant.now()).one(ding.id().value()).orElseThrow();
        assertThat(r.details())
                .containsEntry("heldPlanWaiting", true)
                .containsEntry("heldPlanId", report.held().planId())
                .containsKey("heldReason");
    }
}
