package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncReport;
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
 * {@link InMemoryStore}: a first full sync into a new organization, and a re-sync with nothing changed, which
 * must write nothing. The trial prints API calls against the minimum the page sizes imply and rows written.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DingTalkSync
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DingTalkSyncBenchmark {
    @Param("5000")
    int departments;

    @Param("100000")
    int members;

    private DingTalkSimulator sim;
    private long minimumCalls;
    private OrganizationService orgs;
    private OrganizationService freshOrgs;
    private Org fresh;
    private Org synced;
    private SyncReport lastFull;
    private SyncReport lastResync;

    @Setup(Level.Trial)
    public void start() {
        sim = DingTalkFixture.enterprise(departments, members);
        minimumCalls = DingTalkFixture.minimumCalls(sim.directory());
        orgs = service();
        synced = create(orgs, "synced");
        synced.sync().run();
    }

    /** Each full sync goes into a new, empty store. */
    @Setup(Level.Iteration)
    public void freshOrganization() {
        freshOrgs = service();
        fresh = create(freshOrgs, "fresh");
    }

    @TearDown(Level.Iteration)
    public void dropFreshOrganization() {
        freshOrgs.close();
    }

    private static OrganizationService service() {
        return OrganizationService.builder().store(new InMemoryStore()).provider(new DingTalkProvider())
                .secretKey("benchmark-secret-key-0123").build();
    }

    private Org create(OrganizationService service, String name) {
        return service.create(DingTalk.organization(name, "dingbench", "1", sim.appKey(), sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
    }

    @Benchmark
    public SyncReport fullSync() {
        lastFull = fresh.sync().run();
        return lastFull;
    }

    @Benchmark
    public SyncReport noChangeResync() {
        lastResync = synced.sync().run();
        return lastResync;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (lastFull != null) {
            System.out.printf("%nDingTalk full sync: %s; API calls %d, minimum by page sizes %d + 1 token call;"
                    + " rows written %d%n", lastFull.outcome(), lastFull.apiCalls(), minimumCalls, lastFull.total());
        }
        if (lastResync != null) {
            System.out.printf("%nDingTalk no-change re-sync: %s; API calls %d, minimum %d + 1 token call;"
                    + " rows written %d%n", lastResync.outcome(), lastResync.apiCalls(), minimumCalls,
                    lastResync.total());
        }
        orgs.close();
        sim.close();
    }
}
