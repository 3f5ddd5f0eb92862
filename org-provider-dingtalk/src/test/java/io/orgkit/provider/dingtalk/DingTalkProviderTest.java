package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.tck.dingtalk.DingTalkPermission;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DingTalkProviderTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(3, 12, 150, 6);
    private final OrganizationService orgs = OrganizationService.builder()
            .provider(new DingTalkProvider())
            .secretKey("0123456789abcdef0123")
            .build();

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    private NewOrganization spec(String secret) {
        return DingTalk.organization(
                "ACME DingTalk",
                "dingcorp0001",
                "100001",
                sim.appKey(),
                secret,
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString()));
    }

    @Test
    void creating_an_organization_checks_the_credentials_and_both_read_permissions_with_three_calls() {
        Org org = orgs.create(spec(sim.appSecret()));

        assertThat(org.info().type()).isEqualTo("dingtalk");
        assertThat(org.info().settings())
                .containsEntry("corpId", "dingcorp0001")
                .containsEntry("appKey", sim.appKey())
                .doesNotContainKey("appSecret");
        assertThat(sim.callsByPath())
                .containsOnly(
                        Map.entry("/gettoken", 1L),
                        Map.entry("/topapi/v2/department/listsubid", 1L),
                        Map.entry("/topapi/v2/user/list", 1L));
    }

    @Test
    void a_wrong_app_secret_refuses_the_organization_naming_the_field_and_creates_nothing() {
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> orgs.create(spec("not-the-secret")));

        assertThat(e.code()).isEqualTo("40089");
        assertThat(e.getMessage()).contains("appSecret").doesNotContain("not-the-secret");
        assertThat(orgs.list()).isEmpty();
    }

    @Test
    void a_missing_member_permission_refuses_the_organization_naming_the_permission() {
        sim.revoke(DingTalkPermission.CONTACT_MEMBER_READ);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> orgs.create(spec(sim.appSecret())));

        assertThat(e.getMessage()).contains("通讯录部门成员读权限").contains("qyapi_get_department_member");
        assertThat(orgs.list()).isEmpty();
    }

    @Test
    void the_directory_of_a_created_organization_reads_the_whole_platform_directory() {
        orgs.create(spec(sim.appSecret()));
        ProviderSettings settings =
                new ProviderSettings(spec("x").settings(), Map.of("appSecret", Secret.of(sim.appSecret())));
        List<String> members = new java.util.ArrayList<>();
        List<String> departments = new java.util.ArrayList<>();

        try (var directory = new DingTalkProvider().openDirectory(settings)) {
            directory.fetchAll(new io.orgkit.core.spi.DirectoryVisitor() {
                @Override
                public void department(io.orgkit.core.spi.RemoteDepartment department) {
                    departments.add(department.externalId());
                }

                @Override
                public void member(io.orgkit.core.spi.RemoteMember member) {
                    members.add(member.externalId());
                }
            });
            assertThat(directory.apiCalls()).isPositive();
        }
        assertThat(departments).hasSize(12);
        assertThat(members).hasSize(150).doesNotHaveDuplicates();
    }

    @Test
    void a_bad_optional_setting_is_refused_naming_it() {
        NewOrganization bad = DingTalk.organization(
                "ACME",
                "c",
                "a",
                sim.appKey(),
                sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "fast"));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> orgs.create(bad));

        assertThat(e.field()).isEqualTo("maxQps");
        assertThat(orgs.list()).isEmpty();
        assertThat(sim.totalCalls()).isZero();
    }

    @Test
    void the_provider_is_found_on_the_class_path() {
        assertThat(ServiceLoader.load(OrganizationProvider.class).stream()
                        .map(p -> p.get().type()))
                .contains("dingtalk");
    }

    @Test
    void the_app_secret_is_the_only_secret_field() {
        assertThat(new DingTalkProvider().credentialFields())
                .filteredOn(f -> f.secret())
                .extracting(f -> f.name())
                .containsExactly("appSecret");
    }
}
