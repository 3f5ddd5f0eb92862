package io.orgkit.provider.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.tck.graph.GraphPermission;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Settings: validation, https, the group mapping's root group, round trip; the creation check; discovery. */
class TeamsConfigTest {
    private static final String TENANT = "11111111-2222-3333-4444-555555555555";
    private static final String CLIENT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private static ProviderSettings settings(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of(Teams.TENANT_ID, TENANT, Teams.CLIENT_ID, CLIENT));
        all.putAll(values);
        return new ProviderSettings(all, Map.of(Teams.CLIENT_SECRET, Secret.of("s3cret-value")));
    }

    @Test
    void theDefaultsAreMicrosoftsHostsAndTheDepartmentFieldMapping() {
        TeamsConfig c = TeamsConfig.from(settings(Map.of()));
        assertThat(c.graphUrl()).isEqualTo(URI.create("https://graph.microsoft.com"));
        assertThat(c.loginUrl()).isEqualTo(URI.create("https://login.microsoftonline.com"));
        assertThat(c.departmentMapping()).isEqualTo(DepartmentMapping.DEPARTMENT_FIELD);
        assertThat(c.rootName()).isEqualTo(Teams.DEFAULT_ROOT_NAME);
        assertThat(c.toString()).doesNotContain("s3cret-value");
        assertThat(TeamsConfig.from(
                        new ProviderSettings(c.toSettings(), Map.of(Teams.CLIENT_SECRET, c.clientSecret()))))
                .isEqualTo(c);
    }

    @Test
    void plainHttpIsRefusedExceptOnTheLoopbackInterface() {
        try (TeamsFixture f = new TeamsFixture()) {
            assertThatThrownBy(() -> f.create(Map.of(Teams.BASE_URL, "http://graph.example.com")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("baseUrl");
            assertThatThrownBy(() -> f.create(Map.of(Teams.LOGIN_URL, "http://login.example.com")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("loginUrl");
            assertThat(f.orgs.list()).isEmpty();
            assertThat(f.create(Map.of()).info().type()).as("http to 127.0.0.1").isEqualTo(Teams.TYPE);
        }
    }

    @Test
    void badIdsAndMappingsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TeamsConfig.from(settings(Map.of(Teams.TENANT_ID, "../evil/path"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("tenantId");
        assertThatThrownBy(() -> TeamsConfig.from(settings(Map.of(Teams.CLIENT_ID, "a b"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> TeamsConfig.from(settings(Map.of(Teams.DEPARTMENT_MAPPING, "TREES"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("DEPARTMENT_FIELD or GROUPS");
        assertThatThrownBy(() -> TeamsConfig.from(settings(Map.of(Teams.DEPARTMENT_MAPPING, "groups"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rootGroupId");
        assertThatThrownBy(() -> TeamsConfig.from(settings(Map.of(Teams.TENANT_ID, "t".repeat(500)))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
        assertThat(TeamsConfig.from(settings(Map.of(Teams.DEPARTMENT_MAPPING, "groups", Teams.ROOT_GROUP_ID, "g-1")))
                        .rootGroupId())
                .isEqualTo("g-1");
    }

    @Test
    void theBuilderPointsBothHostsAtASimulator() {
        TeamsConfig c = TeamsConfig.builder(TENANT, CLIENT, "x")
                .http(HttpProviderConfig.builder(URI.create("https://graph.microsoft.com"))
                        .build())
                .allHostsAt(URI.create("http://127.0.0.1:1234"))
                .rootGroup("g-2")
                .build();
        assertThat(c.loginUrl()).isEqualTo(c.graphUrl());
        assertThat(c.departmentMapping()).isEqualTo(DepartmentMapping.GROUPS);
    }

    @Test
    void theProviderIsFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(io.orgkit.core.spi.OrganizationProvider.class).stream()
                        .map(p -> p.get().type()))
                .contains(Teams.TYPE);
    }

    @Test
    void creatingAnOrganizationChecksTheSecretAndThePermissionsAndStoresNothingWhenRefused() {
        try (TeamsFixture f = new TeamsFixture()) {
            ProviderException wrong = catchThrowableOfType(
                    ProviderException.class,
                    () -> f.orgs.create(Teams.organization(
                            "Bad",
                            f.sim.tenant(),
                            f.sim.clientId(),
                            "wrong",
                            Map.of(
                                    Teams.BASE_URL,
                                    f.sim.baseUrl().toString(),
                                    Teams.LOGIN_URL,
                                    f.sim.baseUrl().toString()))));
            assertThat(wrong.code()).isEqualTo("AADSTS7000215");

            f.sim.revoke(GraphPermission.GROUP_MEMBER_READ_ALL);
            ProviderException consent = catchThrowableOfType(
                    ProviderException.class,
                    () -> f.create(Map.of(
                            Teams.DEPARTMENT_MAPPING,
                            "GROUPS",
                            Teams.ROOT_GROUP_ID,
                            io.orgkit.tck.graph.GraphDirectory.ROOT_GROUP)));
            assertThat(consent.getMessage()).contains("GroupMember.Read.All").contains("admin consent");

            assertThat(f.orgs.list()).isEmpty();
            assertThat(f.create(Map.of()).info().type()).isEqualTo(Teams.TYPE);
        }
    }
}
