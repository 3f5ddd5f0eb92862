package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.spring.boot.internal.OrgKitMetrics;
import io.orgkit.tck.dingtalk.DingTalkPermission;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Syncs and imports publish Spring events; the metrics count them. */
class SyncObservationTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(7, 4, 20, 2);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aSyncPublishesItsReportAndTheMetersCountDurationCallsAndChanges() {
        Fixtures.memory()
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withUserConfiguration(Listener.class)
                .run(context -> {
                    Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
                    SyncReport report = ding.sync().run();

                    List<SyncFinishedEvent> events = context.getBean(Listener.class).syncs;
                    assertThat(events).hasSize(1);
                    assertThat(events.get(0).report()).isEqualTo(report);
                    assertThat(events.get(0).operation()).isEqualTo(SyncFinishedEvent.Operation.RUN);

                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    String org = ding.id().value();
                    assertThat(meters.get(OrgKitMetrics.SYNC_DURATION)
                                    .tags("org", org, "outcome", "applied")
                                    .timer()
                                    .count())
                            .isEqualTo(1);
                    assertThat(meters.get(OrgKitMetrics.SYNC_API_CALLS)
                                    .tag("org", org)
                                    .counter()
                                    .count())
                            .isEqualTo(report.apiCalls())
                            .isPositive();
                    assertThat(meters.get(OrgKitMetrics.SYNC_CHANGES)
                                    .tags("org", org, "kind", "member_created")
                                    .counter()
                                    .count())
                            .isEqualTo(report.count(ChangeKind.MEMBER_CREATED))
                            .isEqualTo(20);
                });
    }

    @Test
    void aScopeChangeIsPublishedAsSuchAndTheNewScopeIsInEffect() {
        Fixtures.memory().withUserConfiguration(Listener.class).run(context -> {
            Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
            SyncScope rootOnly = SyncScope.include("1");
            assertThat(ding.sync().dryRun(rootOnly).isEmpty()).isFalse();
            SyncReport report = ding.sync().changeScope(rootOnly);

            assertThat(ding.sync().scope()).isEqualTo(rootOnly);
            assertThat(context.getBean(Listener.class).syncs).singleElement().satisfies(e -> {
                assertThat(e.operation()).isEqualTo(SyncFinishedEvent.Operation.CHANGE_SCOPE);
                assertThat(e.report()).isEqualTo(report);
            });
        });
    }

    @Test
    void aFailedSyncIsPublishedWithItsErrorAndCountedAsAFailure() {
        Fixtures.memory()
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withUserConfiguration(Listener.class)
                .run(context -> {
                    Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
                    sim.revoke(DingTalkPermission.values()[0]);
                    assertThatThrownBy(() -> ding.sync().run()).isInstanceOf(ProviderException.class);

                    SyncFinishedEvent event =
                            context.getBean(Listener.class).syncs.get(0);
                    assertThat(event.failed()).isTrue();
                    assertThat(event.error()).startsWith("ProviderException").hasSizeLessThanOrEqualTo(200);
                    assertThat(event.error()).doesNotContain(sim.appSecret());
                    assertThat(context.getBean(MeterRegistry.class)
                                    .get(OrgKitMetrics.SYNC_FAILURES)
                                    .tags("org", ding.id().value(), "kind", "run")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                });
    }

    @Test
    void anImportPublishesItsResultAndTheMetersCountRowsAndErrors() {
        Fixtures.memory()
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withUserConfiguration(Listener.class)
                .run(context -> {
                    Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
                    String csv = "Name,Employee ID,Phone,Email,Position,Department\n"
                            + "Bob Li,E2,,bob@acme.example,Engineer,\n"
                            + ",E3,,not-an-email,,\n";
                    var result = acme.io()
                            .importMembers(
                                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                                    FileFormat.CSV,
                                    ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS));
                    assertThat(result.created()).isEqualTo(1);
                    assertThat(result.failed()).isEqualTo(1);

                    assertThat(context.getBean(Listener.class).imports)
                            .singleElement()
                            .satisfies(e -> assertThat(e.result()).isEqualTo(result));
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    String org = acme.id().value();
                    assertThat(meters.get(OrgKitMetrics.IMPORT_ROWS)
                                    .tags("org", org, "result", "created")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                    assertThat(meters.get(OrgKitMetrics.IMPORT_ROWS)
                                    .tags("org", org, "result", "failed")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                    assertThat(meters.get(OrgKitMetrics.IMPORT_ERRORS)
                                    .tags("org", org, "kind", "row")
                                    .counter()
                                    .count())
                            .isEqualTo(result.errors().size())
                            .isPositive();
                });
    }

    @Test
    void metricsCanBeSwitchedOff() {
        Fixtures.memory()
                .withPropertyValues("orgkit.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OrgKitMetrics.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class Listener {
        final List<SyncFinishedEvent> syncs = new ArrayList<>();
        final List<ImportFinishedEvent> imports = new ArrayList<>();

        @EventListener
        void on(SyncFinishedEvent e) {
            syncs.add(e);
        }

        @EventListener
        void on(ImportFinishedEvent e) {
            imports.add(e);
        }

        @Bean
        String listenerMarker() {
            return "listener";
        }
    }
}
