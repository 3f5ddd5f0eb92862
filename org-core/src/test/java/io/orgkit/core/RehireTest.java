package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.departments.Department;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resigned member of a generic organization comes back as the same member. */
class RehireTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department sales = org.departments().create(org.root(), "Sales");
    private final Department support = org.departments().create(org.root(), "Support");

    private Member dan() {
        Member dan = org.members()
                .add(NewMember.named("Dan Wu")
                        .employeeId("E7")
                        .phone("13700137000")
                        .email("dan@acme.example")
                        .in(sales.id()));
        org.accounts().setPassword(dan.id(), "dans-password-1".toCharArray());
        org.members().resign(List.of(dan.id()));
        return org.members().get(dan.id());
    }

    @Test
    void addingAResignedPersonAgainIsRefusedWithAPointerToRehire() {
        Member dan = dan();
        ConflictException e = catchThrowableOfType(
                ConflictException.class,
                () -> org.members().add(NewMember.named("Dan Wu").employeeId("e7")));
        assertThat(e.field()).isEqualTo("employeeId");
        assertThat(e.getMessage())
                .contains("is already used by Dan Wu (resigned)")
                .contains("re-hire them (members().rehire)");
        assertThat(org.members().get(dan.id()).isActive()).isFalse();
    }

    @Test
    void aRehiredMemberKeepsTheirIdentityAndComesBackEverywhere() {
        Member dan = dan();
        f.events.clear();
        int feedBefore = f.feed().size();

        Member back = org.members().rehire(dan.id());

        assertThat(back.id()).isEqualTo(dan.id());
        assertThat(back.isActive()).isTrue();
        assertThat(back.resignedAt()).isNull();
        assertThat(back.employeeId()).isEqualTo("E7");
        assertThat(back.phone()).isEqualTo("+8613700137000");
        assertThat(back.createdAt()).isEqualTo(dan.createdAt());
        assertThat(back.departmentIds()).containsExactly(sales.id());
        assertThat(org.members().get(dan.id())).isEqualTo(back);
        assertThat(org.departments().members(sales.id(), false)).contains(back);
        assertThat(org.members().findByEmployeeId("E7")).contains(back);
        assertThat(org.search().members("Dan")).extracting(h -> h.member().id()).containsExactly(dan.id());
        assertThat(f.events)
                .singleElement()
                .isInstanceOfSatisfying(
                        OrgEvent.MemberReactivated.class,
                        r -> assertThat(r.member()).isEqualTo(dan.id()));
        assertThat(f.feed()).hasSize(feedBefore + 1);
        // the old password was disabled at the resignation and stays so until a new one is set
        assertThat(org.accounts().signIn(dan.id(), "dans-password-1".toCharArray()))
                .isNotEqualTo(SignInResult.OK);
        org.accounts().setPassword(dan.id(), "welcome-back-22".toCharArray());
        assertThat(org.accounts().signIn(dan.id(), "welcome-back-22".toCharArray()))
                .isIn(SignInResult.OK, SignInResult.MUST_CHANGE_PASSWORD);
    }

    @Test
    void aRehireIntoOtherDepartmentsMovesTheMemberToo() {
        Member dan = dan();
        f.events.clear();

        Member back = org.members().rehire(dan.id(), List.of(sales.id(), support.id()), support.id());

        assertThat(back.departmentIds()).containsExactly(support.id(), sales.id());
        assertThat(back.mainDepartmentId()).isEqualTo(support.id());
        assertThat(f.events).extracting(OrgEvent::type).containsExactly("MemberReactivated", "MemberUpdated");
    }

    @Test
    void onlyAResignedMemberOfAGenericOrganizationCanBeRehiredAndARefusalChangesNothing() {
        Member dan = dan();
        org.members().rehire(dan.id());
        int feed = f.feed().size();

        ConflictException twice = catchThrowableOfType(
                ConflictException.class, () -> org.members().rehire(dan.id()));
        assertThat(twice.field()).isEqualTo("status");
        assertThat(twice).hasMessageContaining("only a resigned member can be re-hired");
        assertThat(catchThrowableOfType(
                        NotFoundException.class, () -> org.members().rehire(MemberId.random())))
                .isNotNull();
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> org.members().rehire(dan.id(), List.of(sales.id()), support.id()))
                        .field())
                .isEqualTo("main");
        assertThat(f.feed()).hasSize(feed);

        Org synced = f.service.create(
                NewOrganization.synced("static", "Remote", Map.of("tenant", "t"), Map.of("token", Secret.of("tok"))));
        assertThat(catchThrowableOfType(
                        ReadOnlyOrganizationException.class,
                        () -> synced.members().rehire(MemberId.random())))
                .isNotNull();
    }
}
