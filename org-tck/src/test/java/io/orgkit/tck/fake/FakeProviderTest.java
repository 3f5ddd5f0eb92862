package io.orgkit.tck.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeProviderTest {
    private final FakeDirectory remote = new FakeDirectory("acme", "key-0123456789");
    private final OrganizationService service = OrganizationService.builder()
            .discoverProviders(false)
            .provider(new FakeProvider(remote))
            .secretKey("fake provider test key")
            .build();

    private static RemoteMember person(String id, String dept) {
        return new RemoteMember(id, "Person " + id, null, null, null, null, List.of(dept), dept, true);
    }

    @Test
    void membersOfABigDepartmentAreReadInPagesOfOneHundred() {
        String big = remote.addDepartment(FakeDirectory.ROOT, "Big");
        for (int i = 0; i < 150; i++) {
            remote.addMember(person("p" + i, big));
        }
        Org org = service.create(remote.organization("ACME"));

        SyncReport report = org.sync().run();

        assertThat(report.apiCalls()).isEqualTo(1 + 1 + 1 + 2);
        assertThat(org.members().count()).isEqualTo(150);
    }

    @Test
    void aMemberInSeveralDepartmentsIsDeliveredOnceWithAllOfThem() {
        String a = remote.addDepartment(FakeDirectory.ROOT, "A");
        String b = remote.addDepartment(FakeDirectory.ROOT, "B");
        remote.addMember(new RemoteMember("u1", "Ann", null, null, null, null, List.of(a, b), b, true));
        Org org = service.create(remote.organization("ACME"));

        org.sync().run();

        assertThat(org.members().list())
                .singleElement()
                .satisfies(m -> assertThat(m.departmentIds()).hasSize(2));
    }

    @Test
    void updateSettingsIsVerifiedWithThePlatformFirstAndKeepsTheLeaderAndRoles() {
        remote.addMember(person("u1", FakeDirectory.ROOT));
        Org org = service.create(remote.organization("ACME"));
        org.sync().run();
        var ann = org.members().list().get(0).id();
        org.setLeader(ann);
        org.roles().addMembers(org.roles().admin().id(), List.of(ann));
        long calls = remote.apiCalls();

        assertThatThrownBy(() -> org.updateSettings(
                        Map.of("region", "eu"), Map.of(FakeProvider.API_KEY, Secret.of("not-the-key-42"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageNotContaining("not-the-key-42");
        assertThat(org.info().settings()).doesNotContainKey("region");

        org.updateSettings(Map.of("region", "eu"), Map.of(FakeProvider.API_KEY, Secret.of("key-0123456789")));
        org.sync().run();

        assertThat(remote.apiCalls()).isGreaterThan(calls);
        assertThat(org.info().settings()).containsEntry("region", "eu");
        assertThat(org.info().leaderId()).isEqualTo(ann);
        assertThat(org.roles().rolesOf(ann)).extracting(r -> r.key()).contains(io.orgkit.core.roles.Role.ADMIN);
    }

    @Test
    void aDeactivatedMemberResigns() {
        remote.addMember(person("u1", FakeDirectory.ROOT));
        remote.addMember(person("u2", FakeDirectory.ROOT));
        Org org = service.create(remote.organization("ACME"));
        org.sync().run();

        remote.deactivateMember("u1");

        assertThat(org.sync().run().count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(org.members().list()).extracting(m -> m.externalId()).containsExactly("u2");
    }

    @Test
    void aWrongApiKeyOrTenantIsRefusedWhenTheOrganizationIsCreated() {
        assertThatThrownBy(() -> service.create(NewOrganization.synced(
                        "fake", "X", Map.of("tenant", "acme"), Map.of("apiKey", Secret.of("nope")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("refused the API key")
                .hasMessageNotContaining("nope");
        assertThatThrownBy(() -> service.create(NewOrganization.synced(
                        "fake", "X", Map.of("tenant", "other"), Map.of("apiKey", Secret.of("key-0123456789")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no tenant 'other'");
        assertThatThrownBy(
                        () -> service.create(NewOrganization.synced("fake", "X", Map.of("tenant", "acme"), Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("apiKey");
        assertThat(service.list()).isEmpty();
    }

    @Test
    void anInjectedFailureHitsTheNthCallAndEveryLaterOneUntilHealed() {
        Org org = service.create(remote.organization("ACME"));
        long before = remote.apiCalls();
        remote.failFetchAtCall(2);

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("failed call " + (before + 2));
        assertThatThrownBy(() -> org.sync().run()).isInstanceOf(ProviderException.class);
        remote.failFetchAtCall(0);
        assertThat(org.sync().run().total()).isPositive();
    }

    @Test
    void aDepartmentWithMembersCannotBeDeletedOnTheFakePlatform() {
        String a = remote.addDepartment(FakeDirectory.ROOT, "A");
        remote.addMember(person("u1", a));

        assertThatThrownBy(() -> remote.deleteDepartment(a))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still has sub-departments or members");
        assertThatThrownBy(() -> remote.addMember(person("u1", a))).hasMessageContaining("exists already");
        assertThatThrownBy(() -> remote.addDepartment("99", "Z")).hasMessageContaining("no fake department 99");
    }
}
