package io.orgkit.benchmarks.sync;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.fake.FakeDirectory;
import io.orgkit.tck.fake.FakeProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning a sync of a large organization (default 100,000 members in 5,000 departments) from the in-memory fake
 * platform: the baseline is the fetch alone (the fake hands the directory over); the others add planning against
 * an empty organization (first sync), planning against an organization that already matches, and a whole run that
 * finds nothing to do (fetch, plan, record the state).
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SyncPlanBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SyncPlanBenchmark {
    @Param("5000")
    int departments;

    @Param("100000")
    int members;

    private FakeDirectory remote;
    private FakeProvider provider;
    private Org fresh;
    private Org synced;

    @Setup(Level.Trial)
    public void start() {
        remote = new FakeDirectory("bench", "bench-key-0123456789");
        for (int d = 0; d < departments; d++) {
            String parent = d < 50 ? FakeDirectory.ROOT : String.valueOf(2 + d % 50);
            remote.addDepartment(parent, "Department " + d);
        }
        for (int i = 0; i < members; i++) {
            String dept = String.valueOf(2 + i % departments);
            remote.addMember(new RemoteMember(
                    "u" + i,
                    "Member " + i,
                    "E" + i,
                    String.valueOf(13_000_000_000L + i),
                    "u" + i + "@bench.example",
                    "Engineer",
                    List.of(dept),
                    dept,
                    true));
        }
        provider = new FakeProvider(remote);
        OrganizationService service = OrganizationService.builder()
                .store(new InMemoryStore())
                .discoverProviders(false)
                .provider(provider)
                .secretKey("benchmark secret key 0123")
                .build();
        fresh = service.create(remote.organization("Fresh"));
        synced = service.create(remote.organization("Synced"));
        synced.sync().run();
    }

    @Benchmark
    public long baselineFetchOnly() {
        long[] count = new long[1];
        try (DirectorySource source = provider.openDirectory(new io.orgkit.core.spi.ProviderSettings(
                java.util.Map.of(FakeProvider.TENANT, "bench"),
                java.util.Map.of(FakeProvider.API_KEY, io.orgkit.core.spi.Secret.of("bench-key-0123456789"))))) {
            source.fetchAll(new DirectoryVisitor() {
                @Override
                public void department(RemoteDepartment department) {
                    count[0]++;
                }

                @Override
                public void member(RemoteMember member) {
                    count[0]++;
                }
            });
        }
        return count[0];
    }

    @Benchmark
    public int planFirstSync() {
        return fresh.sync().dryRun().changes().size();
    }

    @Benchmark
    public int planUnchanged() {
        return synced.sync().dryRun().changes().size();
    }

    @Benchmark
    public int runUnchanged() {
        return synced.sync().run().total();
    }
}
