package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Member bob = org.members().add(NewMember.named("Bob"));
    private final Member carol = org.members().add(NewMember.named("Carol"));

    @Test
    void groupsHoldRolesAndRolesHoldMembersAddedAndRemovedInBatch() {
        RoleGroup sales = org.roles().createGroup("Sales roles");
        Role rep = org.roles().create(sales.id(), "Representative");
        Role lead = org.roles().create(sales.id(), "Team lead");

        org.roles().addMembers(rep.id(), List.of(bob.id(), carol.id(), bob.id()));
        org.roles().addMembers(lead.id(), List.of(carol.id()));

        assertThat(org.roles().groups()).extracting(RoleGroup::name).containsExactly("Sales roles", "System");
        assertThat(org.roles().inGroup(sales.id())).containsExactly(rep, lead);
        assertThat(org.roles().members(rep.id())).containsExactly(bob, carol);
        assertThat(org.roles().rolesOf(carol.id())).containsExactly(rep, lead);

        org.roles().removeMembers(rep.id(), List.of(bob.id(), carol.id()));
        assertThat(org.roles().members(rep.id())).isEmpty();
        assertThat(f.events)
                .filteredOn(e ->
                        e instanceof OrgEvent.RoleMembersChanged c && c.role().equals(rep.id()))
                .hasSize(2);
    }

    @Test
    void addingAnUnknownOrResignedMemberAddsNobody() {
        Role rep = org.roles().create(org.roles().createGroup("G").id(), "Rep");
        org.members().resign(List.of(carol.id()));

        assertThatThrownBy(() -> org.roles().addMembers(rep.id(), List.of(bob.id(), MemberId.of("ghost"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> org.roles().addMembers(rep.id(), List.of(bob.id(), carol.id())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("resigned");
        assertThat(org.roles().members(rep.id())).isEmpty();
    }

    @Test
    void theAdministratorRoleCannotBeDeletedAndAGroupWithRolesStays() {
        Role admin = org.roles().admin();
        assertThatThrownBy(() -> org.roles().delete(admin.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> org.roles().deleteGroup(admin.groupId()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 role");
        assertThat(org.roles().list()).contains(admin);
    }

    @Test
    void rolesAreRenamedAndDeletedWithTheirMemberships() {
        RoleGroup g = org.roles().createGroup("G");
        Role rep = org.roles().create(g.id(), "Rep");
        org.roles().addMembers(rep.id(), List.of(bob.id()));

        assertThat(org.roles().rename(rep.id(), "Representative").name()).isEqualTo("Representative");
        assertThat(org.roles().renameGroup(g.id(), "Group").name()).isEqualTo("Group");
        org.roles().delete(rep.id());
        org.roles().deleteGroup(g.id());

        assertThat(org.roles().rolesOf(bob.id())).isEmpty();
        assertThatThrownBy(() -> org.roles().get(rep.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> org.roles().create(g.id(), "X")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> org.roles().createGroup("")).isInstanceOf(ValidationException.class);
    }
}
