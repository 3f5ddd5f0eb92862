package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A store failure in the middle of a multi-step call leaves nothing of it behind. */
class AtomicityTest {

    /** Wraps a store so that the N-th write of a transaction fails like a lost connection. */
    static final class FailingStore implements OrgStore {
        private final OrgStore delegate = new InMemoryStore();
        volatile int failAtWrite = -1;

        @Override
        public <T> T write(Function<StoreSession, T> work) {
            AtomicInteger writes = new AtomicInteger();
            return delegate.write(s -> work.apply(failing(s, writes)));
        }

        private StoreSession failing(StoreSession s, AtomicInteger writes) {
            return (StoreSession) Proxy.newProxyInstance(StoreSession.class.getClassLoader(),
                    new Class<?>[] {StoreSession.class}, (proxy, method, args) -> {
                        boolean isWrite = method.getName().matches("(insert|update|delete|put|add|remove|replace|save)\\w*");
                        if (isWrite && writes.incrementAndGet() == failAtWrite) {
                            throw new StorageException("connection lost (simulated)");
                        }
                        try {
                            return method.invoke(s, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public <T> T read(Function<StoreSession, T> work) {
            return delegate.read(work);
        }

        @Override
        public Leases leases() {
            return delegate.leases();
        }
    }

    @Test
    void aMergeThatFailsHalfwayChangesNothing() {
        FailingStore store = new FailingStore();
        OrganizationService svc = OrganizationService.builder().store(store)
                .passwordHasher(new BcryptPasswordHasher(4)).build();
        Org org = svc.ensureDefault(Creator.named("Alice"));
        Department a = org.departments().create(org.root(), "A");
        Department b = org.departments().create(org.root(), "B");
        Department target = org.departments().create(org.root(), "T");
        org.departments().create(a, "A1");
        Member m = org.members().add(NewMember.named("M").in(a.id(), b.id()));
        List<Department> treeBefore = org.departments().subtree(org.root().id());
        long eventsBefore = svc.events().after(0, 10_000).size();

        store.failAtWrite = 3;
        assertThatThrownBy(() -> org.departments().merge(List.of(a.id(), b.id()), target.id()))
                .isInstanceOf(StorageException.class);

        assertThat(org.departments().subtree(org.root().id())).isEqualTo(treeBefore);
        assertThat(org.members().get(m.id())).isEqualTo(m);
        assertThat(svc.events().after(0, 10_000)).hasSize((int) eventsBefore);
    }

    @Test
    void aResignationThatFailsHalfwayResignsNobody() {
        FailingStore store = new FailingStore();
        OrganizationService svc = OrganizationService.builder().store(store)
                .passwordHasher(new BcryptPasswordHasher(4)).build();
        Org org = svc.ensureDefault(Creator.named("Alice"));
        Member x = org.members().add(NewMember.named("X"));
        Member y = org.members().add(NewMember.named("Y"));
        org.roles().addMembers(org.roles().admin().id(), List.of(x.id(), y.id()));

        store.failAtWrite = 4;
        assertThatThrownBy(() -> org.members().resign(List.of(x.id(), y.id()))).isInstanceOf(StorageException.class);

        assertThat(org.members().list()).extracting(Member::name).containsExactly("Alice", "X", "Y");
        assertThat(org.roles().members(org.roles().admin().id())).extracting(Member::name)
                .containsExactly("Alice", "X", "Y");
    }
}
