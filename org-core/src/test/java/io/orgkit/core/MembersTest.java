package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembersTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department rnd = org.departments().create(org.root(), "R&D");
    private final Department sales = org.departments().create(org.root(), "Sales");

    private Member bob() {
        return org.members()
                .add(NewMember.named("Bob Li")
                        .employeeId("E0002")
                        .phone("+86 139 0013 9000")
                        .email("Bob@ACME.example")
                        .position("Engineer")
                        .in(rnd.id(), sales.id())
                        .mainDepartment(sales.id()));
    }

    @Test
    void aMemberIsAddedWithNormalizedFieldsAndSeveralDepartments() {
        Member bob = bob();
        assertThat(bob.phone()).isEqualTo("+8613900139000");
        assertThat(bob.email()).isEqualTo("bob@acme.example");
        assertThat(bob.departmentIds()).containsExactly(sales.id(), rnd.id());
        assertThat(bob.mainDepartmentId()).isEqualTo(sales.id());
        assertThat(org.members().get(bob.id())).isEqualTo(bob);
        assertThat(org.departments().members(rnd.id(), false)).contains(bob);
        assertThat(f.events)
                .anyMatch(e -> e instanceof OrgEvent.MemberAdded a && a.member().equals(bob.id()));
    }

    @Test
    void invalidFieldsAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = org.members().count();
        assertThatThrownBy(() -> org.members().add(NewMember.named("X").phone("call me")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> org.members().add(NewMember.named("X").email("x@")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> org.members().add(NewMember.named(" ")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> org.members().add(NewMember.named("X").employeeId("e".repeat(65))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("employeeId");
        assertThatThrownBy(() -> org.members().add(NewMember.named("X").in(DepartmentId.of("ghost"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(org.members().count()).isEqualTo(before);
    }

    @Test
    void employeeIdPhoneAndEmailAreUniqueWithinTheOrganizationEvenWrittenDifferently() {
        bob();
        assertThatThrownBy(() -> org.members().add(NewMember.named("Other").employeeId("E0002")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("employeeId: 'E0002' is already used by Bob Li");
        assertThatThrownBy(() -> org.members().add(NewMember.named("Other").phone("+86-139-0013-9000")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("phone")
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("phone");
        assertThatThrownBy(() -> org.members().add(NewMember.named("Other").employeeId("e0002")))
                .as("employee IDs compare case-insensitively")
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("employeeId");
        assertThatThrownBy(() -> org.members().add(NewMember.named("Other").email("BOB@acme.example")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("email")
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("email");
        assertThat(org.members().list()).extracting(Member::name).containsExactly("Alice Zhang", "Bob Li");

        Org other = f.service.create(io.orgkit.core.organizations.GenericOrganization.named("Other", "Oz")
                .build());
        assertThat(other.members()
                        .add(NewMember.named("Bob Twin").employeeId("E0002"))
                        .employeeId())
                .as("another organization may use the same employee ID")
                .isEqualTo("E0002");
    }

    @Test
    void addingSeveralMembersIsAllOrNothing() {
        List<NewMember> batch = List.of(
                NewMember.named("One").employeeId("E1"),
                NewMember.named("Two").employeeId("E2"),
                NewMember.named("Three").employeeId("E1"));
        assertThatThrownBy(() -> org.members().addAll(batch))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("members[2].employeeId");
        assertThat(org.members().count()).isEqualTo(1);

        assertThat(org.members().addAll(batch.subList(0, 2))).hasSize(2);
        assertThat(org.members().count()).isEqualTo(3);
    }

    @Test
    void anUpdateChangesOnlyTheGivenFieldsAndKeepsUniqueness() {
        Member bob = bob();
        Member carol = org.members().add(NewMember.named("Carol").employeeId("E0003"));

        Member updated = org.members()
                .update(bob.id(), MemberUpdate.create().position("Lead").email(null));
        assertThat(updated.position()).isEqualTo("Lead");
        assertThat(updated.email()).isNull();
        assertThat(updated.phone()).isEqualTo(bob.phone());

        assertThatThrownBy(() ->
                        org.members().update(carol.id(), MemberUpdate.create().employeeId("E0002")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        org.members().update(carol.id(), MemberUpdate.create().phone("abc")))
                .isInstanceOf(ValidationException.class);
        assertThat(org.members().get(carol.id())).isEqualTo(carol);
    }

    @Test
    void aMemberMovesBetweenDepartments() {
        Member bob = bob();
        Member moved = org.members().moveTo(bob.id(), List.of(rnd.id()), rnd.id());
        assertThat(moved.departmentIds()).containsExactly(rnd.id());
        assertThat(org.departments().members(sales.id(), false)).doesNotContain(moved);
        assertThatThrownBy(() -> org.members().moveTo(bob.id(), List.of(rnd.id()), sales.id()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("main");
        assertThatThrownBy(() -> org.members().moveTo(bob.id(), List.of(), rnd.id()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void resigningLeavesContactsRolesAndLeaderPostsButKeepsTheRecord() {
        Member bob = bob();
        Member carol = org.members().add(NewMember.named("Carol").in(rnd.id()));
        Role admin = org.roles().admin();
        org.roles().addMembers(admin.id(), List.of(bob.id(), carol.id()));
        org.departments().setManagers(rnd.id(), List.of(bob.id(), carol.id()));
        org.setLeader(bob.id());
        f.events.clear();

        List<Member> resigned = org.members().resign(List.of(bob.id(), carol.id()));

        assertThat(resigned).allMatch(m -> m.status() == MemberStatus.RESIGNED && m.resignedAt() != null);
        assertThat(org.members().list()).extracting(Member::name).containsExactly("Alice Zhang");
        assertThat(org.members().resigned()).extracting(Member::name).containsExactly("Bob Li", "Carol");
        assertThat(org.departments().members(rnd.id(), true)).isEmpty();
        assertThat(org.roles().members(admin.id())).extracting(Member::name).containsExactly("Alice Zhang");
        assertThat(org.roles().rolesOf(bob.id())).isEmpty();
        assertThat(org.departments().get(rnd.id()).managerIds()).isEmpty();
        assertThat(org.info().leaderId()).isNull();
        assertThat(org.search().members("bob")).isEmpty();
        assertThat(f.events)
                .filteredOn(e -> e instanceof OrgEvent.MemberResigned)
                .hasSize(2);
        assertThat(f.events).anyMatch(e -> e instanceof OrgEvent.LeaderChanged l && l.leader() == null);

        assertThat(org.members().resign(List.of(bob.id())))
                .as("resigning again changes nothing")
                .containsExactly(org.members().get(bob.id()));
    }

    @Test
    void resigningWithOneUnknownIdResignsNobody() {
        Member bob = bob();
        assertThatThrownBy(() -> org.members().resign(List.of(bob.id(), MemberId.of("ghost"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(org.members().get(bob.id()).isActive()).isTrue();
    }
}
