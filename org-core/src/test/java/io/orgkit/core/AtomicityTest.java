package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store failure in the middle of a multi-step call leaves nothing of it behind. */
class AtomicityTest {

    @Test
    void aMergeThatFailsHalfwayChangesNothing() {
        CountingStore store = new CountingStore();
        OrganizationService svc = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build();
        Org org = svc.ensureDefault(Creator.named("Alice"));
        Department a = org.departments().create(org.root(), "A");
        Department b = org.departments().create(org.root(), "B");
        Department target = org.departments().create(org.root(), "T");
        org.departments().create(a, "A1");
        Member m = org.members().add(NewMember.named("M").in(a.id(), b.id()));
        List<Department> treeBefore = org.departments().subtree(org.root().id());
        long eventsBefore = svc.events().after(0, 10_000).size();

        store.failAtDataWrite = 3;
        assertThatThrownBy(() -> org.departments().merge(List.of(a.id(), b.id()), target.id()))
                .isInstanceOf(StorageException.class);

        assertThat(org.departments().subtree(org.root().id())).isEqualTo(treeBefore);
        assertThat(org.members().get(m.id())).isEqualTo(m);
        assertThat(svc.events().after(0, 10_000)).hasSize((int) eventsBefore);
    }

    @Test
    void aResignationThatFailsHalfwayResignsNobody() {
        CountingStore store = new CountingStore();
        OrganizationService svc = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .build();
        Org org = svc.ensureDefault(Creator.named("Alice"));
        Member x = org.members().add(NewMember.named("X"));
        Member y = org.members().add(NewMember.named("Y"));
        org.roles().addMembers(org.roles().admin().id(), List.of(x.id(), y.id()));

        store.failAtDataWrite = 4;
        assertThatThrownBy(() -> org.members().resign(List.of(x.id(), y.id()))).isInstanceOf(StorageException.class);

        assertThat(org.members().list()).extracting(Member::name).containsExactly("Alice", "X", "Y");
        assertThat(org.roles().members(org.roles().admin().id()))
                .extracting(Member::name)
                .containsExactly("Alice", "X", "Y");
    }
}
