package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.departments.Department;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.store.StoredEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member's personal data deleted for good; an organization deleted with everything of it. */
class ErasureTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department sales = org.departments().create(org.root(), "Sales");

    private Member dan() {
        Member dan = org.members()
                .add(NewMember.named("Dan Wu")
                        .employeeId("E7")
                        .phone("13700137000")
                        .email("dan@acme.example")
                        .position("Seller")
                        .in(sales.id()));
        org.accounts().setPassword(dan.id(), "dans-password-1".toCharArray());
        org.roles().addMembers(org.roles().admin().id(), List.of(dan.id()));
        return dan;
    }

    private List<String> payloads() {
        return f.feed().stream().map(StoredEvent::payload).toList();
    }

    @Test
    void anErasedMemberKeepsOnlyIdsDatesAndDepartmentsAndTheFeedLosesTheirName() {
        Member dan = dan();
        assertThat(payloads()).anyMatch(p -> p.contains("Dan Wu"));
        f.events.clear();

        Member erased = org.members().erase(dan.id());

        assertThat(erased.id()).isEqualTo(dan.id());
        assertThat(erased.status()).isEqualTo(MemberStatus.ERASED);
        assertThat(erased.name()).isEqualTo(Member.ERASED_NAME);
        assertThat(erased.employeeId()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.position()).isNull();
        assertThat(erased.externalId()).isNull();
        assertThat(erased.createdAt()).isEqualTo(dan.createdAt());
        assertThat(erased.resignedAt()).isNotNull();
        assertThat(erased.departmentIds()).containsExactly(sales.id());
        assertThat(org.members().get(dan.id())).isEqualTo(erased);
        assertThat(f.events).extracting(OrgEvent::type).containsExactly("MemberResigned", "MemberErased");

        // nothing personal is left to find
        assertThat(payloads()).noneMatch(p -> p.contains("Dan Wu") || p.contains("13700137000") || p.contains("dan@"));
        assertThat(f.feed()).extracting(StoredEvent::type).contains("MemberAdded", "MemberResigned", "MemberErased");
        assertThat(org.members().findByPhone("13700137000")).isEmpty();
        assertThat(org.members().findByEmployeeId("E7")).isEmpty();
        assertThat(org.search().members("Dan")).isEmpty();
        assertThat(org.members().list()).extracting(Member::id).doesNotContain(dan.id());
        assertThat(org.members().resigned()).extracting(Member::id).doesNotContain(dan.id());
        assertThat(org.roles().members(org.roles().admin().id()))
                .extracting(Member::id)
                .doesNotContain(dan.id());
        assertThat(org.accounts().signIn(dan.id(), "dans-password-1".toCharArray()))
                .isEqualTo(SignInResult.INVALID);
        f.store.read(s -> assertThat(s.credential(org.id(), dan.id())).isEmpty());

        // the values are free again
        Member next = org.members().add(NewMember.named("Eve").employeeId("E7").phone("13700137000"));
        assertThat(next.id()).isNotEqualTo(dan.id());
    }

    @Test
    void anErasedMemberCannotBeChangedOrRehiredAndErasingAgainDoesNothing() {
        Member dan = dan();
        org.members().erase(dan.id());
        int feed = f.feed().size();

        assertThat(catchThrowableOfType(
                                ConflictException.class,
                                () -> org.members()
                                        .update(dan.id(), MemberUpdate.create().name("Dan")))
                        .field())
                .isEqualTo("status");
        assertThat(catchThrowableOfType(
                                ConflictException.class, () -> org.members().rehire(dan.id()))
                        .field())
                .isEqualTo("status");
        assertThat(org.members().erase(dan.id()).status()).isEqualTo(MemberStatus.ERASED);
        assertThat(f.feed()).hasSize(feed);
    }

    @Test
    void aResignedMemberIsErasedWithoutAnotherResignation() {
        Member dan = dan();
        org.members().resign(List.of(dan.id()));
        f.events.clear();

        org.members().erase(dan.id());

        assertThat(f.events).extracting(OrgEvent::type).containsExactly("MemberErased");
    }

    @Test
    void anOrganizationIsDeletedWithEverythingOfItAndOthersKeepTheirs() {
        Member dan = dan();
        Org other = f.service.create(GenericOrganization.named("Other", "Olga").build());
        Member olga = other.members().list().get(0);
        long otherEvents =
                f.feed().stream().filter(e -> e.orgId().equals(other.id())).count();

        f.service.delete(org.id());

        assertThat(catchThrowableOfType(NotFoundException.class, () -> f.service.org(org.id())))
                .isNotNull();
        assertThat(f.service.list()).extracting(o -> o.id()).containsExactly(other.id());
        assertThat(f.feed().stream().filter(e -> e.orgId().equals(org.id())))
                .extracting(StoredEvent::type)
                .containsExactly("OrganizationDeleted");
        assertThat(f.feed().stream().filter(e -> e.orgId().equals(other.id())).count())
                .isEqualTo(otherEvents);
        f.store.read(s -> {
            assertThat(s.allMembers(org.id(), true)).isEmpty();
            assertThat(s.departments(org.id())).isEmpty();
            assertThat(s.roles(org.id())).isEmpty();
            assertThat(s.credential(org.id(), dan.id())).isEmpty();
            assertThat(s.member(other.id(), olga.id())).isPresent();
            return null;
        });
        assertThat(catchThrowableOfType(NotFoundException.class, () -> f.service.delete(org.id())))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        NotFoundException.class, () -> org.members().add(NewMember.named("Late"))))
                .isNotNull();
    }

    @Test
    void anOrganizationIsNotDeletedWhileItsSyncRuns() {
        f.store.leases().tryAcquire("orgkit.sync." + org.id().value(), "a-sync", java.time.Duration.ofMinutes(5));

        assertThat(catchThrowableOfType(ConflictException.class, () -> f.service.delete(org.id())))
                .hasMessageContaining("sync");
        assertThat(f.service.org(org.id())).isNotNull();
    }
}
