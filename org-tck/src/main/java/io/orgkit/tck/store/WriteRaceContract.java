package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writers of one organization interleaved: the first pauses between its checks and its first write while
 * the second runs. Writes of an organization are serialised, so the second waits for the first and then checks
 * against what the first committed: the tree stays whole and a resignation is never undone.
 */
public abstract class WriteRaceContract extends StoreContract {
    private PausingStore racing;
    private OrganizationService service;
    private Org acme;

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected WriteRaceContract(StoreContractSuite suite) {
        super(suite);
    }

    @BeforeEach
    void openService() {
        racing = new PausingStore(store());
        service = OrganizationService.builder()
                .store(racing)
                .discoverProviders(false)
                .passwordHasher(new QuickHasher())
                .build();
        acme = service.create(GenericOrganization.named("Acme", "Alice Zhang").build());
    }

    @Test
    void oppositeMovesLetOneWinAndRefuseTheOtherInsteadOfMakingACycle() throws Exception {
        Department a = acme.departments().create(acme.root(), "A");
        Department b = acme.departments().create(acme.root(), "B");

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.departments().move(a.id(), b.id()),
                () -> acme.departments().move(b.id(), a.id()));

        assertThat(o.first()).isInstanceOf(Department.class);
        assertThat(o.second()).isInstanceOf(ConflictException.class);
        assertThat(acme.departments().get(a.id()).parentId()).isEqualTo(b.id());
        assertThat(acme.departments().subtree(acme.root().id())).hasSize(3);
        assertContactsConsistent();
    }

    @Test
    void aRenameRacingAMoveKeepsBothTheNewNameAndTheNewPlace() throws Exception {
        Department a = acme.departments().create(acme.root(), "A");
        Department child = acme.departments().create(a, "Child");
        Department b = acme.departments().create(acme.root(), "B");

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.departments().rename(a.id(), "A renamed"),
                () -> acme.departments().move(a.id(), b.id()));

        assertThat(o.firstFailed() || o.secondFailed()).as("%s", o).isFalse();
        Department stored = acme.departments().get(a.id());
        assertThat(stored.name()).isEqualTo("A renamed");
        assertThat(stored.parentId()).isEqualTo(b.id());
        assertThat(acme.departments().get(child.id()).path()).startsWith(stored.path());
        assertContactsConsistent();
    }

    @Test
    void aChildCreatedWhileItsParentMovesIsPlacedUnderTheParentsNewPath() throws Exception {
        Department a = acme.departments().create(acme.root(), "A");
        Department b = acme.departments().create(acme.root(), "B");

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.departments().create(a.id(), "Child"),
                () -> acme.departments().move(a.id(), b.id()));

        assertThat(o.first()).isInstanceOf(Department.class);
        Department child = acme.departments()
                .get(java.util.Objects.requireNonNull((Department) o.first()).id());
        assertThat(child.path())
                .isEqualTo(Department.pathUnder(acme.departments().get(a.id()).path(), child.id()));
        assertContactsConsistent();
    }

    @Test
    void anEditRacingTheMembersResignationDoesNotBringThemBack() throws Exception {
        Member bob = acme.members().add(NewMember.named("Bob Li").position("Engineer"));

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.members().update(bob.id(), MemberUpdate.create().position("Lead Engineer")),
                () -> acme.members().resign(List.of(bob.id())));

        assertThat(o.firstFailed() || o.secondFailed()).as("%s", o).isFalse();
        assertResigned(bob);
        assertThat(acme.members().get(bob.id()).position()).isEqualTo("Lead Engineer");
        assertContactsConsistent();
    }

    @Test
    void anUpsertImportRacingTheMembersResignationDoesNotBringThemBack() throws Exception {
        Member bob =
                acme.members().add(NewMember.named("Bob Li").employeeId("E1").position("Engineer"));
        byte[] csv = "Name,Employee ID,Position\nBob Li,E1,Lead Engineer\n".getBytes(StandardCharsets.UTF_8);

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.io()
                        .importMembers(
                                new ByteArrayInputStream(csv),
                                FileFormat.CSV,
                                ImportOptions.defaults().upsertByEmployeeId(true)),
                () -> acme.members().resign(List.of(bob.id())));

        assertThat(o.firstFailed() || o.secondFailed()).as("%s", o).isFalse();
        assertResigned(bob);
        assertContactsConsistent();
    }

    /** 70 rows (more than one multi-row statement of the JDBC store), phones 13900000001 to 13900000070. */
    private static byte[] seventyNewMembers() {
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 1; i <= 70; i++) {
            csv.append("Imported ")
                    .append(i)
                    .append(',')
                    .append(String.format("1390000%04d", i))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ImportResult importSeventy() {
        return acme.io()
                .importMembers(new ByteArrayInputStream(seventyNewMembers()), FileFormat.CSV, ImportOptions.defaults());
    }

    @Test
    void anImportOfNewMembersCommittedFirstKeepsItsPhoneAndTheRacingAddIsRefused() throws Exception {
        WriteRace.Outcome o = WriteRace.run(
                racing,
                this::importSeventy,
                () -> acme.members().add(NewMember.named("Eve Ma").phone("13900000007")));

        assertThat(o.first() instanceof ImportResult r ? r.created() : o.first())
                .as("%s", o)
                .isEqualTo(70);
        assertThat(o.second()).as("%s", o).isInstanceOf(ConflictException.class);
        assertThat(acme.members().findByPhone("13900000007").orElseThrow().name())
                .isEqualTo("Imported 7");
        assertContactsConsistent();
    }

    @Test
    void anImportRacingAnAddOfTheSamePhoneWritesNoneOfItsRows() throws Exception {
        WriteRace.Outcome o = WriteRace.run(
                racing, () -> acme.members().add(NewMember.named("Eve Ma").phone("13900000007")), this::importSeventy);

        assertThat(o.firstFailed()).as("%s", o).isFalse();
        // the import checked its rows before the add committed; its write finds the phone taken and writes nothing:
        // either the rows are refused (all-or-nothing) or the write fails as a conflict
        if (o.second() instanceof ImportResult r) {
            assertThat(r.created()).as("%s", r).isZero();
            assertThat(r.failed()).as("%s", r).isPositive();
        } else {
            assertThat(o.second()).as("%s", o).isInstanceOf(ConflictException.class);
        }
        assertThat(acme.members().findByPhone("13900000007").orElseThrow().name())
                .isEqualTo("Eve Ma");
        assertThat(acme.members().findByPhone("13900000001")).isEmpty();
        assertContactsConsistent();
    }

    @Test
    void aRoleGrantedRacingTheMembersResignationIsNotKept() throws Exception {
        Member bob = acme.members().add(NewMember.named("Bob Li"));
        var admin = acme.roles().admin();

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> {
                    acme.roles().addMembers(admin.id(), List.of(bob.id()));
                    return "granted";
                },
                () -> acme.members().resign(List.of(bob.id())));

        assertThat(o.firstFailed() || o.secondFailed()).as("%s", o).isFalse();
        assertResigned(bob);
        java.util.Set<io.orgkit.core.members.MemberId> holders = read(s -> s.roleMembers(acme.id(), admin.id()));
        assertThat(holders).doesNotContain(bob.id());
        assertContactsConsistent();
    }

    @Test
    void twoRehiresOfOneMemberLetOneWinAndRefuseTheOther() throws Exception {
        Member dan = acme.members().add(NewMember.named("Dan Wu").employeeId("E7"));
        acme.members().resign(List.of(dan.id()));

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.members().rehire(dan.id()),
                () -> acme.members().rehire(dan.id()));

        assertThat(o.first()).isInstanceOf(Member.class);
        assertThat(o.second())
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(acme.members().get(dan.id()).isActive()).isTrue();
        long reactivations = read(s -> s.eventsAfter(0, 10_000)).stream()
                .filter(e -> e.type().equals("MemberReactivated"))
                .count();
        assertThat(reactivations).isEqualTo(1);
        assertContactsConsistent();
    }

    @Test
    void aRehireIntoADepartmentRacingItsDeletionNeverLeavesAnActiveMemberInADeletedDepartment() throws Exception {
        Department x = acme.departments().create(acme.root(), "X");
        Member dan = acme.members().add(NewMember.named("Dan Wu"));
        acme.members().resign(List.of(dan.id()));

        WriteRace.Outcome o =
                WriteRace.run(racing, () -> acme.members().rehire(dan.id(), List.of(x.id()), x.id()), () -> {
                    acme.departments().delete(x.id());
                    return "deleted";
                });

        assertThat(o.first()).isInstanceOf(Member.class);
        assertThat(o.second()).isInstanceOf(ConflictException.class);
        assertThat(acme.members().get(dan.id()).departmentIds()).containsExactly(x.id());
        assertThat(acme.departments().get(x.id())).isNotNull();
        assertContactsConsistent();
    }

    @Test
    void anEditRacingTheMembersErasureDoesNotBringTheirDataBack() throws Exception {
        Member dan = acme.members().add(NewMember.named("Dan Wu").email("dan@acme.example"));

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.members().erase(dan.id()),
                () -> acme.members().update(dan.id(), MemberUpdate.create().email("dan.wu@acme.example")));

        assertThat(o.first()).isInstanceOf(Member.class);
        assertThat(o.second()).isInstanceOf(ConflictException.class);
        Member stored = acme.members().get(dan.id());
        assertThat(stored.status()).isEqualTo(MemberStatus.ERASED);
        assertThat(stored.email()).isNull();
        assertThat(stored.name()).isEqualTo(Member.ERASED_NAME);
        assertContactsConsistent();
    }

    @Test
    void aMemberAddedWithThePhoneOfAMemberBeingErasedGetsItOnceTheErasureCommitted() throws Exception {
        Member dan = acme.members().add(NewMember.named("Dan Wu").phone("13700137000"));

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> acme.members().erase(dan.id()),
                () -> acme.members().add(NewMember.named("Eve Ma").phone("+86 137 0013 7000")));

        assertThat(o.firstFailed() || o.secondFailed()).as("%s", o).isFalse();
        assertThat(acme.members().findByPhone("13700137000").orElseThrow().name())
                .isEqualTo("Eve Ma");
        assertContactsConsistent();
    }

    @Test
    void aMemberAddedWhileTheOrganizationIsDeletedIsRefusedAndNothingIsLeft() throws Exception {
        io.orgkit.core.departments.Department sales = acme.departments().create(acme.root(), "Sales");
        acme.members().add(NewMember.named("Dan Wu").in(sales.id()));

        WriteRace.Outcome o = WriteRace.run(
                racing,
                () -> {
                    service.delete(acme.id());
                    return "deleted";
                },
                () -> acme.members().add(NewMember.named("Late Comer")));

        assertThat(o.first()).isEqualTo("deleted");
        assertThat(o.second()).isInstanceOf(io.orgkit.core.NotFoundException.class);
        read(s -> {
            assertThat(s.organization(acme.id())).isEmpty();
            assertThat(s.allMembers(acme.id(), true)).isEmpty();
            assertThat(s.departments(acme.id())).isEmpty();
            return null;
        });
    }

    private void assertResigned(Member m) {
        Member stored = acme.members().get(m.id());
        assertThat(stored.status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(stored.resignedAt()).isNotNull();
    }

    private void assertContactsConsistent() {
        assertThat(ContactInvariants.violations(store(), acme.id())).isEmpty();
        assertThat(FeedReplay.of(store(), acme.id())).isEqualTo(FeedReplay.stored(store(), acme.id()));
    }
}
