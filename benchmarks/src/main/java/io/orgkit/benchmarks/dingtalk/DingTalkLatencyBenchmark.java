package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkProvider;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.time.Duration;
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
 * A full fetch ({@code fullFetch}) and a full sync into an empty in-memory organization ({@code fullSync}) against a simulator that answers every call after {@code latencyMillis} (100 ms: a far-away
 * DingTalk), with the client's default limit of {@code maxQps} 15 calls per second, per department strategy and
 * parallelism. The floor is calls ÷ maxQps; the target is a wall time within 1.2 × of it. At the end of the trial
 * it prints the calls per fetch, the floor and the ratio.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DingTalkLatency -p maxInFlight=8
 * java -jar benchmarks/target/benchmarks.jar DingTalkLatency -p maxInFlight=1 -i 1   # the serial baseline
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class DingTalkLatencyBenchmark {
    @Param("200")
    int departments;

    @Param("2000")
    int members;

    @Param("100")
    int latencyMillis;

    @Param("15")
    int maxQps;

    @Param({"1", "8"})
    int maxInFlight;

    @Param({"FULL", "LISTSUB"})
    String strategy;

    private DingTalkSimulator sim;
    private long lastCalls;
    private long started;
    private long lastNanos;

    @Setup(Level.Trial)
    public void start() {
        sim = DingTalkFixture.enterprise(departments, members).latency(Duration.ofMillis(latencyMillis));
    }

    @Benchmark
    public long fullFetch() {
        DingTalkFixture.Counter counter = new DingTalkFixture.Counter();
        started = System.nanoTime();
        try (DirectorySource source = new DingTalkProvider().openDirectory(settings())) {
            source.fetchAll(counter);
            lastCalls = source.apiCalls();
        }
        lastNanos = System.nanoTime() - started;
        return counter.members + counter.departments;
    }

    private ProviderSettings settings() {
        return DingTalkFixture.settings(
                sim,
                Map.of(
                        DingTalk.MAX_QPS, Integer.toString(maxQps),
                        DingTalk.MAX_IN_FLIGHT, Integer.toString(maxInFlight),
                        DingTalk.DEPARTMENT_DETAIL, strategy));
    }

    /** A new organization in a new, empty in-memory store for every measured sync (created outside the timing). */
    @State(Scope.Benchmark)
    public static class EmptyOrganization {
        OrganizationService service;
        Org org;

        @Setup(Level.Iteration)
        public void create(DingTalkLatencyBenchmark bench) {
            service = OrganizationService.builder()
                    .store(new InMemoryStore())
                    .provider(new DingTalkProvider())
                    .secretKey("benchmark-secret-key-0123")
                    .build();
            org = service.create(DingTalk.organization(
                    "ACME",
                    "dingbench",
                    "1",
                    bench.sim.appKey(),
                    bench.sim.appSecret(),
                    bench.settings().values()));
        }

        @TearDown(Level.Iteration)
        public void drop() {
            service.close();
        }
    }

    /** {@code org.sync().run()} of the whole enterprise into an empty organization: fetch, plan, apply. */
    @Benchmark
    public SyncReport fullSync(EmptyOrganization target) {
        started = System.nanoTime();
        SyncReport report = target.org.sync().run();
        lastNanos = System.nanoTime() - started;
        lastCalls = report.apiCalls();
        return report;
    }

    @TearDown(Level.Trial)
    public void report() {
        double floor = (double) lastCalls / maxQps;
        double seconds = lastNanos / 1e9;
        System.out.printf(
                "%nDingTalk run at %d ms latency, %s, maxQps %d, maxInFlight %d: %d calls (token"
                        + " included), last fetch %.1f s, floor calls/maxQps %.1f s, ratio %.2f, peak in flight %d%n",
                latencyMillis,
                strategy,
                maxQps,
                maxInFlight,
                lastCalls,
                seconds,
                floor,
                seconds / floor,
                sim.peakInFlight());
        sim.close();
    }
}
