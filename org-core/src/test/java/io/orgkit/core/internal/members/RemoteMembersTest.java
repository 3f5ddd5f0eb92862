package io.orgkit.core.internal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ValidationException;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberField;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.InMemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A single remote member (a platform callback or delta) written through the one member write path. */
class RemoteMembersTest {
    private final InMemoryStore store = new InMemoryStore();
    private final Org org = OrganizationService.builder().store(store).build().ensureDefault(Creator.named("Admin"));
    private final List<OrgEvent> events = new ArrayList<>();
    private final ServiceContext ctx = new ServiceContext(
            store,
            Map.of(),
            Clock.systemUTC(),
            null,
            new BcryptPasswordHasher(4),
            List.of(events::add),
            "Default",
            io.orgkit.core.internal.SecurityOptions.defaults());
    private final Map<String, DepartmentId> departments =
            Map.of("d1", org.root().id());

    private @Nullable Member upsert(RemoteMember r) {
        return ctx.write(org.id(), tx -> RemoteMembers.upsert(tx, ctx.memberWrites(), org.id(), r, departments));
    }

    private static RemoteMember remote(String phone, boolean active) {
        return new RemoteMember("u1", "Ann", "A1", phone, null, null, List.of("d1"), "d1", active);
    }

    @Test
    void aRemoteMemberIsCreatedUpdatedResignedAndReactivatedWithTheirEvents() {
        Member created = upsert(remote("13800138000", true));
        assertThat(created.phone()).isEqualTo("+8613800138000");
        assertThat(upsert(remote("+86 138 0013 8000", true))).isEqualTo(created);
        assertThat(upsert(remote("13900139000", true)).phone()).isEqualTo("+8613900139000");
        assertThat(upsert(remote("13900139000", false)).status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(upsert(remote("13900139000", true)).status()).isEqualTo(MemberStatus.ACTIVE);

        assertThat(events)
                .extracting(OrgEvent::type)
                .containsExactly("MemberAdded", "MemberUpdated", "MemberResigned", "MemberReactivated");
        assertThat(org.members().list()).extracting(Member::externalId).containsOnlyOnce("u1");
    }

    @Test
    void aNewMemberThePlatformDisabledIsNotCreated() {
        assertThat(upsert(remote("13800138000", false))).isNull();
        assertThat(events).isEmpty();
    }

    @Test
    void aBadOrTakenValueIsRefusedLikeEverywhereElseAndNothingIsWritten() {
        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> upsert(remote("12", true)));
        ValidationException api = catchThrowableOfType(
                ValidationException.class,
                () -> org.members().add(NewMember.named("Ann").phone("12")));
        assertThat(bad.errors()).isEqualTo(api.errors());

        org.members().add(NewMember.named("Holder").phone("13800138000"));
        ConflictException taken =
                catchThrowableOfType(ConflictException.class, () -> upsert(remote("138 0013 8000", true)));
        assertThat(taken.field()).isEqualTo("phone");
        assertThat(events).isEmpty();
    }

    @Test
    void aDepartmentUnknownLocallyIsRefused() {
        RemoteMember r = new RemoteMember("u2", "Bo", null, null, null, null, List.of("d9"), "d9", true);
        assertThat(catchThrowableOfType(ValidationException.class, () -> upsert(r))
                        .field())
                .isEqualTo("departments");
    }

    private static RemoteMember full(PlatformAccount account, Set<MemberField> withheld) {
        return new RemoteMember(
                "u3",
                "Cai",
                "C1",
                "13700137000",
                "cai@acme.example",
                "Engineer",
                List.of("d1"),
                "d1",
                true,
                account,
                withheld);
    }

    @Test
    void aMemberWhoHasNotActivatedTheirAccountIsAnActiveMemberMarkedSoAndActivationIsAnUpdate() {
        Member created = upsert(full(PlatformAccount.NOT_ACTIVATED, Set.of()));
        assertThat(created.isActive()).isTrue();
        assertThat(created.platformAccount()).isEqualTo(PlatformAccount.NOT_ACTIVATED);
        assertThat(org.members().get(created.id()).platformAccount()).isEqualTo(PlatformAccount.NOT_ACTIVATED);

        Member activated = upsert(full(PlatformAccount.ACTIVATED, Set.of()));
        assertThat(activated.platformAccount()).isEqualTo(PlatformAccount.ACTIVATED);
        // a disabled account (WeCom status 2) is still a member, marked so
        Member disabled = upsert(full(PlatformAccount.DISABLED, Set.of()));
        assertThat(disabled.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(disabled.platformAccount()).isEqualTo(PlatformAccount.DISABLED);
        // no longer a member: resigned, the last account state kept
        Member gone = upsert(full(PlatformAccount.DISABLED, Set.of()).withActive(false));
        assertThat(gone.status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(gone.platformAccount()).isEqualTo(PlatformAccount.DISABLED);

        assertThat(events)
                .extracting(OrgEvent::type)
                .containsExactly("MemberAdded", "MemberUpdated", "MemberUpdated", "MemberResigned");
    }

    @Test
    void aFieldThePlatformWithheldKeepsTheLocalValueAndAFieldSentEmptyClearsIt() {
        Member created = upsert(full(PlatformAccount.ACTIVATED, Set.of()));
        assertThat(created.phone()).isEqualTo("+8613700137000");

        RemoteMember withheld = new RemoteMember(
                        "u3",
                        "Cai Wen",
                        "C1",
                        null,
                        null,
                        null,
                        List.of("d1"),
                        "d1",
                        true,
                        PlatformAccount.ACTIVATED,
                        Set.of())
                .withWithheld(Set.of(MemberField.PHONE, MemberField.EMAIL));
        Member kept = upsert(withheld);
        assertThat(kept.name()).isEqualTo("Cai Wen");
        assertThat(kept.phone()).isEqualTo("+8613700137000");
        assertThat(kept.email()).isEqualTo("cai@acme.example");
        assertThat(kept.position()).isNull();

        Member cleared = upsert(withheld.withWithheld(Set.of()));
        assertThat(cleared.phone()).isNull();
        assertThat(cleared.email()).isNull();
    }

    @Test
    void aNewMemberWithWithheldFieldsIsCreatedWithoutThemAndTheNameCannotBeWithheld() {
        Member created = upsert(full(PlatformAccount.ACTIVATED, Set.of(MemberField.PHONE, MemberField.EMAIL)));
        assertThat(created.phone()).isNull();
        assertThat(created.email()).isNull();
        assertThat(created.employeeId()).isEqualTo("C1");

        ValidationException name = catchThrowableOfType(
                ValidationException.class, () -> full(PlatformAccount.ACTIVATED, Set.of(MemberField.NAME)));
        assertThat(name.field()).isEqualTo("withheld");
    }

    @Test
    void theOldConstructorMeansAnActivatedAccountAndKeepsActive() {
        assertThat(remote("1", true).account()).isEqualTo(PlatformAccount.ACTIVATED);
        assertThat(remote("1", false).account()).isEqualTo(PlatformAccount.ACTIVATED);
        assertThat(remote("1", false).active()).isFalse();
        assertThat(remote("1", true).withAccount(PlatformAccount.NOT_ACTIVATED).active())
                .isTrue();
    }
}
