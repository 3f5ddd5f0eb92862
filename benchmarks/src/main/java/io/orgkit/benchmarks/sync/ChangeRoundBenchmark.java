package io.orgkit.benchmarks.sync;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.store.jdbc.JdbcStore;
import io.orgkit.tck.fake.FakeDirectory;
import io.orgkit.tck.fake.FakeProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * One {@code sync().runChanges()} round from the fake platform's delta feed, with 0 changes or with 10 member
 * changes (a rename and a move each), on an organization of 1,000 or 100,000 members (one department per 20
 * members, as in {@link SyncPlanBenchmark}) synced once, in the in-memory store or an embedded H2 database. A round
 * reads only what its changes touch, so its time should not depend on the organization's size: compare the two
 * sizes within one run. Each measured round has its own 10 new changes on the platform.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ChangeRoundBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 30)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ChangeRoundBenchmark {
    @Param({"1000", "100000"})
    int members;

    @Param({"0", "10"})
    int changes;

    @Param({"memory", "h2"})
    String store;

    private FakeDirectory remote;
    private OrganizationService service;
    private Org org;
    private int departments;
    private int round;
    private @Nullable SyncReport last;
    private @Nullable JdbcStore jdbc;
    private @Nullable Path h2;

    @Setup(Level.Trial)
    public void start() throws Exception {
        departments = Math.max(10, members / 20);
        remote = new FakeDirectory("bench", "bench-key-0123456789");
        for (int d = 0; d < departments; d++) {
            String parent = d < 50 ? FakeDirectory.ROOT : String.valueOf(2 + d % 50);
            remote.addDepartment(parent, "Department " + d);
        }
        for (int i = 0; i < members; i++) {
            remote.addMember(member(i, "Member " + i, String.valueOf(2 + i % departments)));
        }
        h2 = store.equals("h2") ? Files.createTempDirectory("orgkit-bench-changes-") : null;
        jdbc = h2 == null ? null : JdbcStore.h2(h2);
        OrgStore s = jdbc != null ? jdbc : new InMemoryStore();
        service = OrganizationService.builder()
                .store(s)
                .discoverProviders(false)
                .provider(new FakeProvider(remote))
                .secretKey("benchmark secret key 0123")
                .build();
        org = service.create(remote.organization("Changes"));
        SyncReport full = org.sync().run();
        if (full.outcome() != SyncOutcome.APPLIED) {
            throw new IllegalStateException("the first sync did not apply: " + full.outcome());
        }
    }

    private static RemoteMember member(int i, String name, String dept) {
        return new RemoteMember(
                "u" + i,
                name,
                "E" + i,
                String.valueOf(13_000_000_000L + i),
                "u" + i + "@bench.example",
                "Engineer",
                List.of(dept),
                dept,
                true);
    }

    /** Puts this round's changes on the platform: {@link #changes} members renamed and moved. */
    @Setup(Level.Iteration)
    public void change() {
        round++;
        for (int c = 0; c < changes; c++) {
            int i = (round * changes + c) * 7 % members;
            remote.updateMember(member(i, "Member " + i + " r" + round, String.valueOf(2 + (i + round) % departments)));
        }
    }

    @Benchmark
    public int changeRound() {
        last = org.sync().runChanges();
        return last.total();
    }

    /** Checks the last round applied its changes (a round that read nothing would be fast for nothing). */
    @TearDown(Level.Iteration)
    public void check() {
        SyncReport r = last;
        if (r == null) {
            return;
        }
        SyncOutcome expected = changes == 0 ? SyncOutcome.UNCHANGED : SyncOutcome.APPLIED;
        if (r.outcome() != expected || !r.failures().isEmpty()) {
            throw new IllegalStateException("round " + round + ": " + r.outcome() + ", " + r.failures());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        System.out.printf(
                "%nchange round, %d members / %d departments in %s, %d change(s): last report %s %s%n",
                members,
                departments,
                store,
                changes,
                last == null ? "-" : last.outcome(),
                last == null ? "" : last.counts());
        service.close();
        if (jdbc != null) {
            jdbc.close();
            try (var files = Files.walk(h2)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
