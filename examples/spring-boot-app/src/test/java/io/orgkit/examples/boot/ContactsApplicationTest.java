package io.orgkit.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.sync.SyncOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as the README starts it: the embedded H2 file, demo data, the DingTalk organization synced. */
class ContactsApplicationTest {
    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(
                ContactsApplication.class, "--server.port=0", "--orgkit.store.directory=" + data.resolve("db"));
    }

    @Test
    void startsOnTheEmbeddedDefaultWithDemoDataAndASyncedDingTalkOrganizationAndRestartsOnTheSameData() {
        try (ConfigurableApplicationContext app = start()) {
            OrganizationService orgs = app.getBean(OrganizationService.class);
            assertThat(orgs.list()).extracting(Organization::name).containsExactly("ACME", DemoData.DINGTALK_ORG);
            Organization ding = orgs.list().get(1);
            assertThat(orgs.org(ding.id()).members().count()).isEqualTo(80);
            assertThat(orgs.org(orgs.list().get(0).id()).members().count()).isEqualTo(8);
        }
        try (ConfigurableApplicationContext app = start()) {
            OrganizationService orgs = app.getBean(OrganizationService.class);
            assertThat(orgs.list()).hasSize(2); // nothing created twice
            Organization ding = orgs.list().get(1);
            assertThat(orgs.org(ding.id()).sync().lastState())
                    .hasValueSatisfying(s -> assertThat(s.outcome()).isEqualTo(SyncOutcome.UNCHANGED));
        }
    }
}
