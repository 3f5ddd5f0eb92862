package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncEdgeCasesTest {
    private final SyncFixture f = new SyncFixture();

    @Test
    void aMemberKeepingAValueAnotherTakesIsSyncedAndOnlyTheTakerFails() {
        f.remote.dept("2", "1", "Sales").member("a", "Amy", "2").member("z", "Zed", "2");
        f.sync().run();
        // Amy (listed first) takes Zed's email; Zed keeps it and is renamed
        RemoteMember amy = f.remote.get("a");
        f.remote.put(
                new RemoteMember("a", "Amy", amy.employeeId(), null, "z@acme.example", null, List.of("2"), "2", true));
        RemoteMember zed = f.remote.get("z");
        f.remote.put(new RemoteMember(
                "z", "Zed Renamed", zed.employeeId(), null, zed.email(), null, List.of("2"), "2", true));

        SyncReport r = f.sync().run();

        assertThat(r.failures()).extracting(SyncFailure::externalId).containsExactly("a");
        assertThat(f.member("z").name()).isEqualTo("Zed Renamed");
        assertThat(f.member("a").email()).isEqualTo("a@acme.example");
    }

    @Test
    void aChangedSiblingOrderIsAnUpdate() {
        f.remote.dept("10", "1", "R&D");
        f.sync().run();
        f.remote.departments.put("10", new RemoteDepartment("10", "1", "R&D", 42, List.of()));

        SyncReport report = f.sync().run();

        assertThat(report.count(ChangeKind.DEPARTMENT_UPDATED)).isEqualTo(1);
        assertThat(f.dept("10").order()).isEqualTo(42);
    }

    @Test
    void aFailedMemberWhoseDepartmentIsRemovedMovesToTheNearestRemainingAncestor() {
        f.remote
                .dept("10", "1", "R&D")
                .dept("11", "10", "Backend")
                .member("u1", "Ann", "11")
                .member("u2", "Bob", "10");
        f.sync().run();
        f.remote.departments.remove("11");
        f.remote.put(new RemoteMember("u1", "Ann", "Eu1", null, "broken@", null, List.of("10"), "10", true));

        SyncReport report = f.sync().run();

        assertThat(report.failures()).extracting(SyncFailure::externalId).containsExactly("u1");
        assertThat(f.department("11")).isEmpty();
        assertThat(f.member("u1").isActive()).isTrue();
        assertThat(f.member("u1").departmentIds()).containsExactly(f.dept("10").id());
    }

    @Test
    void approvingAPlanThatNoLongerTripsTheGuardAppliesTheNewPlan() {
        f.remote.dept("10", "1", "Ops");
        for (int i = 0; i < 40; i++) {
            f.remote.member("m" + i, "M " + i, "10");
        }
        f.sync().run();
        List<RemoteMember> gone = List.copyOf(f.remote.members.values());
        f.remote.members.clear();
        SyncReport held = f.sync().run();
        gone.subList(1, gone.size()).forEach(f.remote::put);

        SyncReport approved = f.sync().approve(held.planId());

        assertThat(approved.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(approved.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(f.sync().heldPlan()).isEmpty();
    }

    @Test
    void theWholeDirectoryGoneIsHeldAndCanBeApproved() {
        f.remote.dept("10", "1", "Ops").member("m1", "Ann", "10");
        f.sync().run();
        f.remote.departments.clear();
        f.remote.members.clear();

        SyncReport held = f.sync().run();
        assertThat(held.outcome()).isEqualTo(SyncOutcome.HELD);
        f.sync().approve(held.planId());

        assertThat(f.org.members().list()).isEmpty();
        assertThat(f.org.departments().subtree(f.org.root().id())).hasSize(1);
    }

    @Test
    void invalidDepartmentNamesTooDeepTreesAndDuplicatesAreRefusedAsNotATree() {
        f.remote.dept("10", "1", "   ");
        f.remote.members.put("x", new RemoteMember("x", "X", null, null, null, null, List.of("1"), "1", true));
        String parent = "1";
        for (int i = 0; i < 22; i++) {
            f.remote.dept("deep" + i, parent, "Deep " + i);
            parent = "deep" + i;
        }

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("department 10 has an invalid name: must not be blank")
                .hasMessageContaining("nests deeper than 20 levels");
        assertThat(f.allMembers()).isEmpty();
    }

    @Test
    void aMemberDeliveredTwiceIsRefused() {
        RemoteMember ann = new RemoteMember("u1", "Ann", null, null, null, null, List.of("1"), "1", true);
        OrganizationService service = OrganizationService.builder()
                .discoverProviders(false)
                .provider(scripted(v -> {
                    v.department(new RemoteDepartment("1", null, "Root", 0, List.of()));
                    v.member(ann);
                    v.member(ann);
                }))
                .build();
        Org org = service.create(NewOrganization.synced("scripted", "S", Map.of(), Map.of()));

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("member u1 was delivered twice");
        assertThat(org.members().list()).isEmpty();
    }

    @Test
    void anUnexpectedErrorWhileFetchingBecomesAProviderExceptionAndAppliesNothing() {
        OrganizationService service = OrganizationService.builder()
                .discoverProviders(false)
                .provider(scripted(v -> {
                    v.department(new RemoteDepartment("1", null, "Root", 0, List.of()));
                    throw new IllegalStateException("socket closed");
                }))
                .build();
        Org org = service.create(NewOrganization.synced("scripted", "S", Map.of(), Map.of()));

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("fetching the Scripted directory of 'S' failed (IllegalStateException: socket"
                        + " closed); nothing was synced")
                .extracting(e -> ((ProviderException) e).code())
                .isEqualTo("fetch-failed");
        assertThat(org.root().externalId()).isNull();
    }

    @Test
    void aSyncWithoutItsProviderIsRefusedNamingTheType() {
        Org org = f.org;
        OrganizationService without = OrganizationService.builder()
                .store(f.store)
                .discoverProviders(false)
                .build();

        assertThatThrownBy(() -> without.org(org.id()).sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no such provider is registered");
    }

    private static OrganizationProvider scripted(java.util.function.Consumer<DirectoryVisitor> script) {
        return new OrganizationProvider() {
            @Override
            public String type() {
                return "scripted";
            }

            @Override
            public String displayName() {
                return "Scripted";
            }

            @Override
            public List<CredentialField> credentialFields() {
                return List.of();
            }

            @Override
            public void verify(ProviderSettings settings) {}

            @Override
            public DirectorySource openDirectory(ProviderSettings settings) {
                return new DirectorySource() {
                    @Override
                    public void fetchAll(DirectoryVisitor visitor) {
                        script.accept(visitor);
                    }

                    @Override
                    public long apiCalls() {
                        return 1;
                    }
                };
            }
        };
    }
}
