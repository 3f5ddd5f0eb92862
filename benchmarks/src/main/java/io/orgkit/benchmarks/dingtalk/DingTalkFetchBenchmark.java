package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.spi.DirectorySource;
import io.orgkit.provider.dingtalk.DingTalkProvider;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
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
 * A full fetch of a DingTalk enterprise (default 100,000 members in 5,000 departments) from the local simulator
 * through the provider: time per fetch, and at the end of the trial the API calls made against the minimum the
 * page sizes imply.
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DingTalkFetch
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class DingTalkFetchBenchmark {
    @Param("5000")
    int departments;

    @Param("100000")
    int members;

    private DingTalkSimulator sim;
    private long minimumCalls;
    private long lastCalls;
    private long lastMembers;
    private long fetches;

    @Setup(Level.Trial)
    public void start() {
        sim = DingTalkFixture.enterprise(departments, members);
        minimumCalls = DingTalkFixture.minimumCalls(sim.directory());
    }

    @Benchmark
    public long fullFetch() {
        DingTalkFixture.Counter counter = new DingTalkFixture.Counter();
        try (DirectorySource source = new DingTalkProvider().openDirectory(DingTalkFixture.settings(sim))) {
            source.fetchAll(counter);
            lastCalls = source.apiCalls();
        }
        lastMembers = counter.members;
        fetches++;
        return counter.members + counter.departments;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf(
                "%nDingTalk full fetch: %d departments, %d members handed over; API calls per fetch %d"
                        + " (token calls %d in %d fetches); minimum by page sizes %d + 1 token call; ratio %.4f%n",
                departments,
                lastMembers,
                lastCalls,
                sim.tokenCalls(),
                fetches,
                minimumCalls,
                (double) (lastCalls - 1) / minimumCalls);
        sim.close();
    }
}
