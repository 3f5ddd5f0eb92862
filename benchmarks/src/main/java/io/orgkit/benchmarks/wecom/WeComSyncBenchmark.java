package io.orgkit.benchmarks.wecom;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.provider.wecom.WeCom;
import io.orgkit.provider.wecom.WeComProvider;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
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
 * Syncing a WeCom enterprise (default 100,000 members in 5,000 departments) from the local simulator into an
 * {@link InMemoryStore}: a first full sync into a new, empty organization, and a re-sync with nothing changed,
 * which must write nothing. Each trial prints its API calls against the minimum the calls' page sizes imply and
 * the rows written. {@code listing} chooses the calls: {@code LIST} ({@code department/list} + {@code user/list}
 * per department) or {@code IDS} ({@code department/simplelist} + {@code department/get} per department,
 * {@code user/list_id} pages + {@code user/get} per member).
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WeComSync
 * java -jar benchmarks/target/benchmarks.jar WeComSync -p listing=IDS -p members=10000 -p departments=500
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class WeComSyncBenchmark {

    /** The simulated enterprise, shared by the trial. */
    @State(Scope.Benchmark)
    public static class Enterprise {
        @Param("5000")
        int departments;

        @Param("100000")
        int members;

        @Param("LIST")
        String listing;

        WeComSimulator sim;
        long minimumCalls;
        SyncReport last;

        @Setup(Level.Trial)
        public void start() {
            sim = WeComSimulator.start().generate(42, departments, members, 6);
            minimumCalls = minimumCalls(sim.directory(), listing);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf(
                    "%nWeCom sync (%s): %s; API calls %d, minimum by page sizes %d (token call included);"
                            + " rows written %d%n",
                    listing, last.outcome(), last.apiCalls(), minimumCalls, last.total());
            sim.close();
        }

        OrganizationService service() {
            return OrganizationService.builder()
                    .store(new InMemoryStore())
                    .provider(new WeComProvider())
                    .secretKey("benchmark-secret-key-0123")
                    .build();
        }

        Org connect(OrganizationService service) {
            return service.create(WeCom.organization(
                    "ACME",
                    sim.corpId(),
                    "1000002",
                    sim.secret(),
                    Map.of(
                            WeCom.BASE_URL,
                            sim.baseUrl().toString(),
                            WeCom.MAX_QPS,
                            "0",
                            WeCom.DEPARTMENT_LISTING,
                            listing,
                            WeCom.MEMBER_LISTING,
                            listing)));
        }
    }

    /**
     * The fewest calls a full read can take: 1 token call, then with {@code LIST} one {@code department/list} and
     * one {@code user/list} per department (WeCom does not page it); with {@code IDS} one
     * {@code department/simplelist}, one {@code department/get} per department, one {@code user/list_id} per 10,000
     * user-department pairs and one {@code user/get} per member.
     */
    static long minimumCalls(WeComSimDirectory directory, String listing) {
        long d = directory.departmentCount();
        if ("LIST".equals(listing) || "AUTO".equals(listing)) {
            return 1 + 1 + d;
        }
        long pairs = directory.users().stream()
                .mapToLong(u -> u.departments().size())
                .sum();
        long users = directory.users().stream()
                .filter(u -> u.status() != 5)
                .map(WeComSimUser::userid)
                .count();
        return 1 + 1 + d + Math.max(1, (pairs + 9_999) / 10_000) + users;
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

    @Benchmark
    public SyncReport noChangeResync(Enterprise enterprise, SyncedOrganization target) {
        enterprise.last = target.org.sync().run();
        return enterprise.last;
    }
}
