package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/** Spring Boot 3's health API: one indicator per synced organization under "orgkit". */
class Boot3HealthTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(11, 2, 5, 2);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void eachSyncedOrganizationHasAnIndicatorNamedByItsId() {
        Fixtures.memory().run(context -> {
            CompositeHealthContributor composite =
                    context.getBean("orgkitHealthContributor", CompositeHealthContributor.class);
            Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
            HealthIndicator indicator = (HealthIndicator) composite.getContributor(ding.id().value());
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);

            ding.sync().run();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(indicator.health().getDetails()).containsEntry("name", "Ding");

            List<String> names = new ArrayList<>();
            composite.forEach(c -> names.add(c.getName()));
            assertThat(names).containsExactly(ding.id().value());
            assertThat(composite.getContributor("no-such-org")).isNull();
        });
    }

    @Test
    void theIndicatorsCanBeSwitchedOff() {
        Fixtures.memory()
                .withPropertyValues("management.health.orgkit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("orgkitHealthContributor"));
    }
}
