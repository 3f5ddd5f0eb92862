package io.orgkit.provider.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creating a WeCom organization: typed settings, the check with WeCom, nothing stored when refused. */
class WeComSettingsTest {
    private final WeComSimulator sim = WeComSimulator.start();
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .build();

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    private NewOrganization spec(Map<String, String> extra) {
        Map<String, String> options =
                new HashMap<>(Map.of(WeCom.BASE_URL, sim.baseUrl().toString(), WeCom.MAX_QPS, "0"));
        options.putAll(extra);
        return WeCom.organization("ACME", sim.corpId(), "1000002", sim.secret(), options);
    }

    @Test
    void theProviderIsFoundByServiceLoaderUnderTheTypeWecom() {
        assertThat(ServiceLoader.load(io.orgkit.core.spi.OrganizationProvider.class).stream()
                        .map(p -> p.get().type()))
                .contains("wecom");
        assertThat(new WeComProvider().credentialFields())
                .extracting(f -> f.name())
                .containsExactly(WeCom.CORP_ID, WeCom.AGENT_ID, WeCom.SECRET);
    }

    @Test
    void creationChecksTheTokenAndOneDepartmentReadAndThenSyncs() {
        sim.directory().addUser(WeComSimUser.of("amy", "Amy", WeComSimDirectory.ROOT_ID));

        Org org = orgs.create(spec(Map.of()));

        assertThat(sim.callsByPath()).containsOnlyKeys("/cgi-bin/gettoken", "/cgi-bin/department/simplelist");
        assertThat(org.info().type()).isEqualTo(WeCom.TYPE);
        org.sync().run();
        assertThat(org.members().list()).hasSize(1);
    }

    @Test
    void aWrongSecretOrAnUntrustedIpRefusesTheOrganizationAndStoresNothing() {
        ProviderException wrong = catchThrowableOfType(
                ProviderException.class,
                () -> orgs.create(WeCom.organization(
                        "ACME",
                        sim.corpId(),
                        "1",
                        "nope-secret",
                        Map.of(WeCom.BASE_URL, sim.baseUrl().toString()))));
        sim.refuse(WeComSimulator.Refusal.IP_NOT_TRUSTED);
        ProviderException ip = catchThrowableOfType(ProviderException.class, () -> orgs.create(spec(Map.of())));

        assertThat(wrong.code()).isEqualTo("40001");
        assertThat(wrong.getMessage()).doesNotContain("nope-secret");
        assertThat(ip.code()).isEqualTo("60020");
        assertThat(orgs.list()).noneMatch(o -> o.type().equals(WeCom.TYPE));
    }

    @Test
    void badOptionalSettingsAreRefusedNamingTheSettingAndNoCallIsMade() {
        assertThat(catchThrowable(() -> orgs.create(spec(Map.of(WeCom.MEMBER_LISTING, "sometimes")))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("memberListing")
                .hasMessageContaining("AUTO, LIST or IDS");
        assertThat(catchThrowable(() -> orgs.create(spec(Map.of(WeCom.MAX_IN_FLIGHT, "500")))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxInFlight");
        assertThat(catchThrowable(() -> orgs.create(WeCom.organization(
                        "ACME",
                        "x".repeat(65),
                        "1",
                        "s",
                        Map.of(WeCom.BASE_URL, sim.baseUrl().toString())))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("corpId");
        assertThat(sim.totalCalls()).isZero();
    }

    @Test
    void plainHttpToARemoteHostIsRefusedAndLoopbackIsAllowed() {
        Throwable refused =
                catchThrowable(() -> orgs.create(spec(Map.of(WeCom.LOGIN_URL, "http://login.example.com"))));

        assertThat(refused).isInstanceOf(ValidationException.class).hasMessageContaining("loginUrl");
        assertThat(sim.totalCalls()).isZero();
        assertThat(orgs.create(spec(Map.of())).info().settings().get(WeCom.BASE_URL))
                .startsWith("http://127.0.0.1");
    }

    @Test
    void aTypedConfigRoundTripsThroughTheStoredSettingsAndNeverShowsTheSecret() {
        WeComConfig config = WeComConfig.builder("wwcorp", "1000002", "top-secret-value")
                .allHostsAt(URI.create("https://wecom.proxy.example"))
                .memberListing(Listing.IDS)
                .departmentListing(Listing.LIST)
                .employeeIdAttribute("Staff No")
                .build();

        WeComConfig read = WeComConfig.from(
                new ProviderSettings(config.toSettings(), Map.of(WeCom.SECRET, Secret.of("top-secret-value"))));

        assertThat(read.memberListing()).isEqualTo(Listing.IDS);
        assertThat(read.departmentListing()).isEqualTo(Listing.LIST);
        assertThat(read.employeeIdAttribute()).isEqualTo("Staff No");
        assertThat(read.loginUrl()).isEqualTo(URI.create("https://wecom.proxy.example"));
        assertThat(read.baseUrl()).isEqualTo(URI.create("https://wecom.proxy.example"));
        assertThat(config.toString()).doesNotContain("top-secret-value");
        assertThat(WeCom.organization("n", config).secrets()).containsKey(WeCom.SECRET);
        WeComConfig defaults = WeComConfig.from(new ProviderSettings(
                Map.of(WeCom.CORP_ID, "ww1", WeCom.AGENT_ID, "1"), Map.of(WeCom.SECRET, Secret.of("s"))));
        assertThat(defaults.baseUrl()).isEqualTo(URI.create(WeCom.DEFAULT_BASE_URL));
        assertThat(defaults.loginUrl()).isEqualTo(URI.create(WeCom.DEFAULT_LOGIN_URL));
        assertThat(defaults.http().maxQps()).isEqualTo(WeCom.DEFAULT_MAX_QPS);
    }
}
