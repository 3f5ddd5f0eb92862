package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkProvider;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Syncing a DingTalk enterprise (default 100,000 members in 5,000 departments) from the local simulator into an
 * {@link InMemoryStore}: a first full sync into a new, empty organization, and a re-sync with nothing changed,
 * which must write nothing. Each trial prints its API calls against the minimum the page sizes imply and the
 * rows written. {@code scopedFullSync} syncs a new organization whose sync scope holds about a tenth of the
 * departments ({@link DingTalkFixture#share}); its trial prints its calls against a whole fetch's.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DingTalkSync
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DingTalkSyncBenchmark {

    /** The simulated enterprise, shared by the trial. */
    @State(Scope.Benchmark)
    public static class Enterprise {
        @Param("5000")
        int departments;

        @Param("100000")
        int members;

        DingTalkSimulator sim;
        long minimumCalls;
        SyncReport last;
        SyncScope tenth;
        boolean scoped;

        @Setup(Level.Trial)
        public void start() {
            sim = DingTalkFixture.enterprise(departments, members);
            minimumCalls = DingTalkFixture.minimumCalls(sim.directory());
            tenth = DingTalkFixture.share(sim.directory(), 0.10);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf(
                    "%nDingTalk sync: %s; API calls %d, minimum by page sizes %d + 1 token call;"
                            + " rows written %d%n",
                    last.outcome(), last.apiCalls(), minimumCalls, last.total());
            if (scoped) {
                long whole;
                try (DirectorySource source = new DingTalkProvider().openDirectory(DingTalkFixture.settings(sim))) {
                    source.fetchAll(new DingTalkFixture.Counter());
                    whole = source.apiCalls();
                }
                System.out.printf(
                        "Scope of %d subtree(s) (about 10%% of %d departments): %d API calls, whole fetch %d"
                                + " (%.3f of it); members created %d of %d%n",
                        tenth.included().size(),
                        departments,
                        last.apiCalls(),
                        whole,
                        (double) last.apiCalls() / whole,
                        last.count(io.orgkit.core.sync.ChangeKind.MEMBER_CREATED),
                        members);
            }
            sim.close();
        }

        OrganizationService service() {
            return OrganizationService.builder()
                    .store(new InMemoryStore())
                    .provider(new DingTalkProvider())
                    .secretKey("benchmark-secret-key-0123")
                    .build();
        }

        Org connect(OrganizationService service) {
            return service.create(DingTalk.organization(
                    "ACME",
                    "dingbench",
                    "1",
                    sim.appKey(),
                    sim.appSecret(),
                    Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
        }
    }

    /** A new organization in a new, empty store for every measured sync. */
    @State(Scope.Benchmark)
    public static class EmptyOrganization {
        OrganizationService service;
        Org org;

        @Setup(Level.Iteration)
        public void create(Enterprise enterprise) {
            service = enterprise.service();
            org = enterprise.connect(service);
        }

        @TearDown(Level.Iteration)
        public void drop() {
            service.close();
        }
    }

    /** An organization synced once before the trial. */
    @State(Scope.Benchmark)
    public static class SyncedOrganization {
        OrganizationService service;
        Org org;

        @Setup(Level.Trial)
        public void create(Enterprise enterprise) {
            service = enterprise.service();
            org = enterprise.connect(service);
            org.sync().run();
        }

        @TearDown(Level.Trial)
        public void drop() {
            service.close();
        }
    }

    @Benchmark
    public SyncReport fullSync(Enterprise enterprise, EmptyOrganization target) {
        enterprise.last = target.org.sync().run();
        return enterprise.last;
    }

    /** A new organization with a scope of about a tenth of the departments, in a new, empty store. */
    @State(Scope.Benchmark)
    public static class ScopedOrganization {
        OrganizationService service;
        Org org;

        @Setup(Level.Iteration)
        public void create(Enterprise enterprise) {
            service = enterprise.service();
            org = service.create(DingTalk.organization(
                            "ACME",
                            "dingbench",
                            "1",
                            enterprise.sim.appKey(),
                            enterprise.sim.appSecret(),
                            Map.of(DingTalk.BASE_URL, enterprise.sim.baseUrl().toString(), DingTalk.MAX_QPS, "0"))
                    .withSyncScope(enterprise.tenth));
            enterprise.scoped = true;
        }

        @TearDown(Level.Iteration)
        public void drop() {
            service.close();
        }
    }

    @Benchmark
    public SyncReport scopedFullSync(Enterprise enterprise, ScopedOrganization target) {
        enterprise.last = target.org.sync().run();
        return enterprise.last;
    }

    @Benchmark
    public SyncReport noChangeResync(Enterprise enterprise, SyncedOrganization target) {
        enterprise.last = target.org.sync().run();
        return enterprise.last;
    }
}
