package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import io.orgkit.store.jdbc.JdbcStore;
import io.orgkit.tck.store.InterceptingStore;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of serialising an organization's writes (H2 file database, one writer): small writes through the whole
 * service, single-member adds and moves of a department with 10 children, with the organization row locked
 * ({@code SELECT ... FOR UPDATE}, as shipped) against the same writes where {@code lockOrganization} is answered
 * by a plain read of the organization (what a write read before the lock existed), measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class WriteLockBenchmark {
    @Param({"locked", "unlocked"})
    public String locking;

    private Path dir;
    private OrganizationService service;
    private Org org;
    private Department moving;
    private final Department[] parents = new Department[2];
    private int turn;
    private long added;

    @Setup(Level.Trial)
    public void open() {
        dir = BenchData.tempDir("lock");
        JdbcStore jdbc = JdbcStore.h2(dir.resolve("store"));
        OrgStore store = new Switched(jdbc, "locked".equals(locking));
        service = OrganizationService.builder().store(store).build();
        org = service.ensureDefault(Creator.named("Bench"));
        parents[0] = org.departments().create(org.root(), "Parent A");
        parents[1] = org.departments().create(org.root(), "Parent B");
        moving = org.departments().create(parents[0], "Moving");
        for (int i = 0; i < 10; i++) {
            org.departments().create(moving, "Team " + i);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        service.close();
        BenchData.delete(dir);
    }

    @Benchmark
    public Member addMember() {
        added++;
        return org.members().add(NewMember.named("Member " + added).in(parents[0].id()));
    }

    @Benchmark
    public Department moveDepartment() {
        turn = 1 - turn;
        return org.departments().move(moving.id(), parents[turn].id());
    }

    /**
     * The store behind the same session proxy on both sides; when {@code lock} is off, {@code lockOrganization} is
     * answered by a plain read of the organization: writes as they ran before the lock.
     */
    private static final class Switched extends InterceptingStore {
        private final boolean lock;

        Switched(OrgStore delegate, boolean lock) {
            super(delegate);
            this.lock = lock;
        }

        @Override
        protected @Nullable Object call(StoreSession s, Method method, @Nullable Object[] args) throws Throwable {
            return !lock && method.getName().equals("lockOrganization")
                    ? s.organization((OrgId) args[0])
                    : super.call(s, method, args);
        }
    }
}
