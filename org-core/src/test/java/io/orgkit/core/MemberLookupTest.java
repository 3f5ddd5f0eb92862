package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact lookups by employee ID, phone, email and external id, normalised like a write. */
class MemberLookupTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Member bob = org.members()
            .add(NewMember.named("Bob Li")
                    .employeeId("E0002")
                    .phone("+86 139 0013 9000")
                    .email("bob@acme.example"));

    @Test
    void aMemberIsFoundByEachKeyInAnyFormAWriteAccepts() {
        assertThat(org.members().findByEmployeeId("E0002")).contains(bob);
        assertThat(org.members().findByEmployeeId(" e0002 ")).contains(bob);
        for (String phone : List.of("13900139000", "139-0013-9000", "+86 139 0013 9000", "+8613900139000")) {
            assertThat(org.members().findByPhone(phone)).as(phone).contains(bob);
        }
        assertThat(org.members().findByEmail("BOB@Acme.Example")).contains(bob);
        assertThat(org.members().findByEmployeeId("E0003")).isEmpty();
        assertThat(org.members().findByPhone("13900139001")).isEmpty();
        assertThat(org.members().findByEmail("carol@acme.example")).isEmpty();
        assertThat(org.members().findByExternalId("u-1")).isEmpty();
    }

    @Test
    void aResignedMemberIsFoundTooAndSaysSo() {
        org.members().resign(List.of(bob.id()));

        Member found = org.members().findByPhone("13900139000").orElseThrow();
        assertThat(found.id()).isEqualTo(bob.id());
        assertThat(found.isActive()).isFalse();
    }

    @Test
    void membersOfAnotherOrganizationAreNotFound() {
        Org other = f.service.create(io.orgkit.core.organizations.GenericOrganization.named("Other", "Olga")
                .build());
        assertThat(other.members().findByEmployeeId("E0002")).isEmpty();
        assertThat(other.members().findByPhone("13900139000")).isEmpty();
        assertThat(other.members().findByEmail("bob@acme.example")).isEmpty();
    }

    @Test
    void aBadLookupValueIsRefusedNamingTheFieldLikeAWrite() {
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByPhone("call me"))
                        .field())
                .isEqualTo("phone");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByEmail("x@"))
                        .field())
                .isEqualTo("email");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByEmployeeId(" "))
                        .field())
                .isEqualTo("employeeId");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByEmployeeId("e".repeat(65)))
                        .field())
                .isEqualTo("employeeId");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByExternalId(null))
                        .field())
                .isEqualTo("externalId");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByExternalId("x".repeat(256)))
                        .field())
                .isEqualTo("externalId");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> org.members().findByEmail("a\u0000@x.io"))
                        .field())
                .isEqualTo("email");
    }
}
