package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.spi.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsolationAndReadOnlyTest {
    private final Fixtures f = new Fixtures();
    private final Org acme = f.acme();
    private final Org beta =
            f.service.create(GenericOrganization.named("Beta", "Bo Wang").build());

    @Test
    void nothingOfOneOrganizationIsReachableThroughAnother() {
        Department acmeDept = acme.departments().create(acme.root(), "R&D");
        Member acmeBob = acme.members().add(NewMember.named("Bob").in(acmeDept.id()));
        Role acmeAdmin = acme.roles().admin();

        assertThatThrownBy(() -> beta.departments().get(acmeDept.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.departments().rename(acmeDept.id(), "Hacked"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.departments().create(acmeDept.id(), "X")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.members().get(acmeBob.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.members().resign(List.of(acmeBob.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.members().add(NewMember.named("X").in(acmeDept.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.roles().addMembers(acmeAdmin.id(), List.of(acmeBob.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.roles().addMembers(beta.roles().admin().id(), List.of(acmeBob.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> beta.setLeader(acmeBob.id())).isInstanceOf(NotFoundException.class);
        assertThat(beta.search().members("Bob")).isEmpty();

        assertThat(acme.departments().get(acmeDept.id()).name()).isEqualTo("R&D");
        assertThat(acme.members().get(acmeBob.id()).isActive()).isTrue();
    }

    @Test
    void departmentsAndMembersOfASyncedOrganizationAreReadOnlyButRolesAndLeaderAreNot() {
        Org synced = f.service.create(
                NewOrganization.synced("static", "Remote", Map.of("tenant", "t"), Map.of("token", Secret.of("tok"))));
        Department root = synced.root();
        int events = f.feed().size();

        List<Runnable> edits = List.of(
                () -> synced.departments().create(root, "X"),
                () -> synced.departments().rename(root.id(), "Y"),
                () -> synced.departments().delete(root.id()),
                () -> synced.departments().merge(List.of(root.id()), root.id()),
                () -> synced.departments().setManagers(root.id(), List.of()),
                () -> synced.members().add(NewMember.named("Z")),
                () -> synced.members().addAll(List.of(NewMember.named("Z"))));
        for (Runnable edit : edits) {
            assertThatThrownBy(edit::run)
                    .isInstanceOf(ReadOnlyOrganizationException.class)
                    .hasMessageContaining("edit them on the platform, then run a sync");
        }
        assertThat(synced.departments().children(root.id())).isEmpty();
        assertThat(synced.members().count()).isZero();
        assertThat(f.feed()).hasSize(events);

        Role r = synced.roles().create(synced.roles().createGroup("Local").id(), "Local role");
        assertThat(synced.roles().list()).contains(r);
        assertThat(synced.rename("Remote Co").name()).isEqualTo("Remote Co");
    }

    @Test
    void membersOfASyncedOrganizationCannotBeUpdatedOrResignedLocally() {
        Org synced = f.service.create(
                NewOrganization.synced("static", "Remote", Map.of("tenant", "t"), Map.of("token", Secret.of("tok"))));
        Member ghost = acme.members().add(NewMember.named("Ghost"));
        assertThatThrownBy(() -> synced.members()
                        .update(ghost.id(), MemberUpdate.create().name("x")))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() -> synced.members().resign(List.of(ghost.id())))
                .isInstanceOf(ReadOnlyOrganizationException.class);
    }
}
