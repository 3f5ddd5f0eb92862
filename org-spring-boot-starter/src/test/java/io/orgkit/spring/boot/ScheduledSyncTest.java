package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.spring.boot.internal.ScheduledSyncs;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledSyncTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(5, 3, 6, 2);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void nothingIsScheduledWithoutACron() {
        Fixtures.memory().run(context -> {
            ScheduledSyncs syncs = context.getBean(ScheduledSyncs.class);
            assertThat(syncs.tasks()).isEmpty();
            assertThat(syncs.isRunning()).isFalse();
        });
    }

    @Test
    void eachOrganizationWithACronGetsItsTasksAndARunSyncsTheOrganizationFoundByName() {
        Fixtures.memory()
                .withPropertyValues(
                        "orgkit.sync.organizations.[ACME Ding].cron=0 0 2 * * *",
                        "orgkit.sync.organizations.[ACME Ding].changes-cron=0 */5 * * * *",
                        "orgkit.sync.organizations.[ACME Ding].zone=Asia/Shanghai")
                .run(context -> {
                    ScheduledSyncs syncs = context.getBean(ScheduledSyncs.class);
                    assertThat(syncs.tasks())
                            .containsExactly(
                                    new ScheduledSyncs.Task(
                                            "ACME Ding",
                                            ScheduledSyncs.Kind.FULL,
                                            "0 0 2 * * *",
                                            TimeZone.getTimeZone("Asia/Shanghai")),
                                    new ScheduledSyncs.Task(
                                            "ACME Ding",
                                            ScheduledSyncs.Kind.CHANGES,
                                            "0 */5 * * * *",
                                            TimeZone.getTimeZone("Asia/Shanghai")));
                    assertThat(syncs.isRunning()).isTrue();

                    // before the organization exists the run is skipped, not thrown
                    assertThat(syncs.runNow(syncs.tasks().get(0))).isFalse();

                    Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "ACME Ding");
                    assertThat(syncs.runNow(syncs.tasks().get(0))).isTrue();
                    assertThat(ding.sync().lastState())
                            .hasValueSatisfying(s -> assertThat(s.outcome()).isEqualTo(SyncOutcome.APPLIED));
                    assertThat(ding.members().count()).isEqualTo(6);
                    // DingTalk has no delta feed: the incremental run fails, is logged, and does not throw
                    assertThat(syncs.runNow(syncs.tasks().get(1))).isFalse();
                });
    }

    @Test
    void aBadCronStopsTheApplicationNamingTheProperty() {
        Fixtures.memory()
                .withPropertyValues("orgkit.sync.organizations.abc.cron=every night")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(DataSourceStoreTest.rootMessage(context.getStartupFailure()))
                            .contains("orgkit.sync.organizations.abc.cron is not a cron expression");
                });
    }

    @Test
    void aBadZoneStopsTheApplicationNamingTheProperty() {
        Fixtures.memory()
                .withPropertyValues(
                        "orgkit.sync.organizations.abc.cron=0 0 2 * * *",
                        "orgkit.sync.organizations.abc.zone=Mars/Base")
                .run(context -> assertThat(DataSourceStoreTest.rootMessage(context.getStartupFailure()))
                        .contains("orgkit.sync.organizations.abc.zone is not a time zone"));
    }
}
