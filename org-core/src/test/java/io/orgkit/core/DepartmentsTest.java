package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentsTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Departments depts = org.departments();

    @Test
    void departmentsNestOnSeveralLevelsAndKeepTheirSiblingOrder() {
        Department rnd = depts.create(org.root(), "R&D");
        Department sales = depts.create(org.root(), "Sales");
        Department backend = depts.create(rnd, "Backend");
        Department db = depts.create(backend, "Databases");

        assertThat(depts.children(org.root().id())).containsExactly(rnd, sales);
        assertThat(depts.subtree(rnd.id())).containsExactly(rnd, backend, db);
        assertThat(depts.subtree(org.root().id())).containsExactly(org.root(), rnd, backend, db, sales);
        assertThat(depts.pathFromRoot(db.id()))
                .extracting(Department::name)
                .containsExactly("Default Organization", "R&D", "Backend", "Databases");
        assertThat(db.depth()).isEqualTo(3);

        assertThat(depts.reorder(org.root().id(), List.of(sales.id(), rnd.id())))
                .extracting(Department::name)
                .containsExactly("Sales", "R&D");
        assertThat(depts.children(org.root().id())).extracting(Department::name).containsExactly("Sales", "R&D");
    }

    @Test
    void renamingChangesOnlyTheName() {
        Department rnd = depts.create(org.root(), "R&D");
        assertThat(depts.rename(rnd.id(), "  Research  ").name()).isEqualTo("Research");
        assertThat(depts.get(rnd.id()).path()).isEqualTo(rnd.path());
    }

    @Test
    void movingADepartmentCarriesItsSubtreeAlong() {
        Department rnd = depts.create(org.root(), "R&D");
        Department ops = depts.create(org.root(), "Ops");
        Department backend = depts.create(rnd, "Backend");
        Department db = depts.create(backend, "Databases");

        depts.move(backend.id(), ops.id());

        assertThat(depts.children(rnd.id())).isEmpty();
        assertThat(depts.subtree(ops.id())).extracting(Department::name).containsExactly("Ops", "Backend", "Databases");
        assertThat(depts.pathFromRoot(db.id()))
                .extracting(Department::name)
                .containsExactly("Default Organization", "Ops", "Backend", "Databases");
    }

    @Test
    void aMoveUnderItselfOrItsOwnSubtreeIsRefusedAndChangesNothing() {
        Department rnd = depts.create(org.root(), "R&D");
        Department backend = depts.create(rnd, "Backend");
        int events = f.feed().size();

        assertThatThrownBy(() -> depts.move(rnd.id(), backend.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("inside its own subtree");
        assertThatThrownBy(() -> depts.move(rnd.id(), rnd.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> depts.move(org.root().id(), rnd.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("root");

        assertThat(depts.get(rnd.id())).isEqualTo(rnd);
        assertThat(depts.get(backend.id())).isEqualTo(backend);
        assertThat(f.feed()).hasSize(events);
    }

    @Test
    void mergingMovesMembersAndChildrenToTheTargetAndAMemberOfTwoSourcesEndsUpOnce() {
        Department a = depts.create(org.root(), "A");
        Department b = depts.create(org.root(), "B");
        Department target = depts.create(org.root(), "Target");
        Department aChild = depts.create(a, "A child");
        Member both = org.members().add(NewMember.named("In Both").in(a.id(), b.id()));
        Member onlyB = org.members().add(NewMember.named("Only B").in(b.id()));

        depts.merge(List.of(a.id(), b.id()), target.id());

        assertThat(depts.children(org.root().id())).extracting(Department::name).containsExactly("Target");
        assertThat(depts.children(target.id())).extracting(Department::id).containsExactly(aChild.id());
        assertThat(org.members().get(both.id()).departmentIds()).containsExactly(target.id());
        assertThat(org.members().get(both.id()).mainDepartmentId()).isEqualTo(target.id());
        assertThat(depts.members(target.id(), false)).extracting(Member::id).containsExactly(both.id(), onlyB.id());
        assertThatThrownBy(() -> depts.get(a.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void mergingIntoItselfTheRootOrAnAncestorOfTheTargetIsRefused() {
        Department a = depts.create(org.root(), "A");
        Department inner = depts.create(a, "Inner");
        int events = f.feed().size();

        assertThatThrownBy(() -> depts.merge(List.of(a.id()), a.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> depts.merge(List.of(a.id()), inner.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("inside");
        assertThatThrownBy(() -> depts.merge(List.of(org.root().id()), a.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> depts.merge(List.of(), a.id())).isInstanceOf(ValidationException.class);
        assertThat(depts.subtree(org.root().id())).hasSize(3);
        assertThat(f.feed()).hasSize(events);
    }

    @Test
    void onlyAnEmptyDepartmentCanBeDeleted() {
        Department a = depts.create(org.root(), "A");
        Department inner = depts.create(a, "Inner");
        Member m = org.members().add(NewMember.named("Mo").in(inner.id()));

        assertThatThrownBy(() -> depts.delete(a.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("sub-departments");
        assertThatThrownBy(() -> depts.delete(inner.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 active member");
        assertThatThrownBy(() -> depts.delete(org.root().id())).isInstanceOf(ConflictException.class);

        org.members().resign(List.of(m.id()));
        depts.delete(inner.id());
        depts.delete(a.id());
        assertThat(depts.children(org.root().id())).isEmpty();
        assertThat(org.members().get(m.id()).departmentIds())
                .as("the resigned member is kept, linked to the root")
                .containsExactly(org.root().id());
    }

    @Test
    void badNamesUnknownIdsAndTooDeepTreesAreRefused() {
        assertThatThrownBy(() -> depts.create(org.root(), " "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> depts.create(org.root(), "d".repeat(101))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> depts.create(DepartmentId.of("ghost"), "X")).isInstanceOf(NotFoundException.class);
        Department deepest = org.root();
        for (int i = 1; i <= 20; i++) {
            deepest = depts.create(deepest, "Level " + i);
        }
        Department last = deepest;
        assertThatThrownBy(() -> depts.create(last, "Level 21"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("20 levels");
    }

    @Test
    void managersMustBeActiveMembersAndLeaveWhenTheyResign() {
        Department a = depts.create(org.root(), "A");
        Member m = org.members().add(NewMember.named("Mo").in(a.id()));
        assertThat(depts.setManagers(a.id(), List.of(m.id(), m.id())).managerIds())
                .containsExactly(m.id());

        org.members().resign(List.of(m.id()));

        assertThat(depts.get(a.id()).managerIds()).isEmpty();
        assertThatThrownBy(() -> depts.setManagers(a.id(), List.of(m.id()))).isInstanceOf(ValidationException.class);
    }

    @Test
    void departmentMembersCanIncludeSubDepartmentsAndListEachMemberOnce() {
        Department a = depts.create(org.root(), "A");
        Department inner = depts.create(a, "Inner");
        Member both = org.members().add(NewMember.named("Both").in(a.id(), inner.id()));
        Member deep = org.members().add(NewMember.named("Deep").in(inner.id()));

        assertThat(depts.members(a.id(), false)).containsExactly(both);
        assertThat(depts.members(a.id(), true)).containsExactly(both, deep);
    }
}
