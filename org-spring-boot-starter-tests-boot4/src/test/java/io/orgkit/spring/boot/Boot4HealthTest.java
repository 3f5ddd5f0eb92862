package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Spring Boot 4's health API (org.springframework.boot.health.contributor), from the same starter jar. */
class Boot4HealthTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(11, 2, 5, 2);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theseTestsRunOnSpringBoot4() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
    }

    @Test
    void eachSyncedOrganizationHasAnIndicatorNamedByItsId() {
        Fixtures.memory().run(context -> {
            CompositeHealthContributor composite =
                    context.getBean("orgkitHealthContributor", CompositeHealthContributor.class);
            Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
            HealthIndicator indicator =
                    (HealthIndicator) composite.getContributor(ding.id().value());
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);

            ding.sync().run();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(indicator.health().getDetails()).containsEntry("name", "Ding");
            assertThat(composite.stream().map(HealthContributors.Entry::name))
                    .containsExactly(ding.id().value());
            assertThat(composite.getContributor("no-such-org")).isNull();
        });
    }
}
