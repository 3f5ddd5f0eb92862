package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

class OrgKitAutoConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void withoutADataSourceTheServiceKeepsOrganizationsInTheEmbeddedH2FileUnderTheConfiguredDirectory() {
        Path data = dir.resolve("orgkit-data");
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withPropertyValues("orgkit.store.directory=" + data, "orgkit.default-organization-name=ACME Contacts")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OrganizationService.class);
                    assertThat(context.getBean(OrgStore.class)).isInstanceOf(JdbcStore.class);
                    Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
                    assertThat(acme.info().name()).isEqualTo("ACME Contacts");
                });
        assertThat(data).isDirectory();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".mv.db"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // the data survives a restart of the application
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withPropertyValues("orgkit.store.directory=" + data)
                .run(context -> assertThat(
                                context.getBean(OrganizationService.class).list())
                        .extracting(o -> o.name())
                        .containsExactly("ACME Contacts"));
    }

    @Test
    void theApplicationsOwnStoreAndServiceBeansReplaceTheAutoConfiguredOnes() {
        InMemoryStore own = new InMemoryStore();
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withBean(OrgStore.class, () -> own)
                .run(context -> assertThat(context.getBean(OrgStore.class)).isSameAs(own));
        OrganizationService service =
                OrganizationService.builder().store(new InMemoryStore()).build();
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withPropertyValues("orgkit.store.directory=" + dir.resolve("unused"))
                .withBean(OrganizationService.class, () -> service)
                .run(context -> {
                    assertThat(context.getBean(OrganizationService.class)).isSameAs(service);
                    // the application's service has its own store: none is opened for it
                    assertThat(context).doesNotHaveBean(OrgStore.class);
                });
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void customizersChangeTheBuilderAfterTheProperties() {
        Fixtures.memory()
                .withPropertyValues("orgkit.default-organization-name=From properties")
                .withBean(OrgKitServiceCustomizer.class, () -> b -> b.defaultOrganizationName("From a customizer"))
                .run(context -> assertThat(context.getBean(OrganizationService.class)
                                .ensureDefault(Creator.named("Alice"))
                                .info()
                                .name())
                        .isEqualTo("From a customizer"));
    }

    @Test
    void orgKitEventsArePublishedAsSpringApplicationEvents() {
        Fixtures.memory().withUserConfiguration(Collector.class).run(context -> {
            Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
            acme.departments().create(acme.root(), "R&D");
            List<OrgEvent> seen = context.getBean(Collector.class).events;
            assertThat(seen)
                    .anyMatch(e -> e instanceof OrgEvent.DepartmentCreated d
                            && d.name().equals("R&D"));
            assertThat(seen).anyMatch(e -> e instanceof OrgEvent.OrganizationCreated);
        });
    }

    @Test
    void theXlsxFormatIsThereWhenOrgExcelIsOnTheClasspath() {
        Fixtures.memory().run(context -> {
            Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            acme.io().writeTemplate(FileFormat.XLSX, out);
            assertThat(out.toByteArray()).startsWith('P', 'K'); // a zip: an .xlsx workbook
        });
    }

    @Test
    void aTooShortSecretKeyStopsTheApplicationWithoutQuotingTheKey() {
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withPropertyValues("orgkit.store.type=memory", "orgkit.secret-key=shortk3y")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable root = context.getStartupFailure();
                    StringBuilder messages = new StringBuilder();
                    for (Throwable t = root; t != null; t = t.getCause()) {
                        messages.append(t.getMessage()).append('\n');
                    }
                    assertThat(messages.toString()).contains("16").doesNotContain("shortk3y");
                });
    }

    @Test
    void noJacksonMapperIsExposedAsABean() {
        Fixtures.memory()
                .run(context -> assertThat(context.getBeanNamesForType(
                                Class.forName("com.fasterxml.jackson.databind.ObjectMapper")))
                        .isEmpty());
    }

    @Test
    void thePropertiesHaveGeneratedMetadataForIdeCompletion() throws java.io.IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(metadata)
                    .contains(
                            "\"orgkit.secret-key\"",
                            "\"orgkit.store.type\"",
                            "\"orgkit.store.directory\"",
                            "\"orgkit.sync.organizations\"",
                            "\"orgkit.web.callback-path\"",
                            "\"orgkit.health.max-sync-age\"");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Collector {
        final List<OrgEvent> events = new ArrayList<>();

        @EventListener
        void on(OrgEvent event) {
            events.add(event);
        }

        @Bean
        String marker() {
            return "collector";
        }
    }
}
