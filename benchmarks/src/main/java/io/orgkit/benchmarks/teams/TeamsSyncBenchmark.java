package io.orgkit.benchmarks.teams;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.provider.teams.Teams;
import io.orgkit.provider.teams.TeamsProvider;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphUser;
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
 * Syncing a Microsoft Entra tenant (default 100,000 users; department strings over 5 companies and 60
 * departments) from the local Graph simulator into an {@link InMemoryStore}: {@code fullSync} into a new, empty
 * organization, and {@code deltaNoChange}, a {@code runChanges()} round of an organization synced once, with
 * nothing changed. Each trial prints the Graph calls made against the minimum: {@code ceil(users / 999)} pages of
 * {@code /v1.0/users} plus the token call, and 1 call for a delta round with no change.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TeamsSync
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class TeamsSyncBenchmark {

    /** The simulated tenant, shared by the trial. */
    @State(Scope.Benchmark)
    public static class Tenant {
        @Param("100000")
        int users;

        GraphSimulator sim;
        SyncReport last;
        long lastGraphCalls;
        long lastTokenCalls;
        String kind = "";

        @Setup(Level.Trial)
        public void start() {
            sim = GraphSimulator.start();
            for (int i = 0; i < users; i++) {
                sim.directory()
                        .addUser(GraphUser.of("u" + i, "User " + i).in("Company " + (i % 5), "Department " + (i % 60)));
            }
        }

        long minimumFullSync() {
            return (users + 998) / 999 + 1;
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf(
                    "%nTeams %s: %s; calls to the simulator in the last run %d (token calls %d);"
                            + " report.apiCalls %d; minimum for a full sync %d (%d pages + 1 token), for a delta"
                            + " round with no change 1; calls by path %s%n",
                    kind,
                    last.outcome(),
                    lastGraphCalls,
                    lastTokenCalls,
                    last.apiCalls(),
                    minimumFullSync(),
                    minimumFullSync() - 1,
                    sim.callsByPath());
            sim.close();
        }

        OrganizationService service() {
            return OrganizationService.builder()
                    .store(new InMemoryStore())
                    .discoverProviders(false)
                    .provider(new TeamsProvider())
                    .secretKey("benchmark-secret-key-0123")
                    .build();
        }

        /** A new organization; a distinct root name per call keeps each one's Graph client (and token) its own. */
        Org connect(OrganizationService service, String rootName) {
            return service.create(Teams.organization(
                    "ACME",
                    sim.tenant(),
                    sim.clientId(),
                    sim.clientSecret(),
                    Map.of(
                            Teams.BASE_URL,
                            sim.baseUrl().toString(),
                            Teams.LOGIN_URL,
                            sim.baseUrl().toString(),
                            Teams.MAX_QPS,
                            "0",
                            Teams.ROOT_NAME,
                            rootName)));
        }

        SyncReport measure(String what, java.util.function.Supplier<SyncReport> run) {
            sim.resetCounters();
            last = run.get();
            lastGraphCalls = sim.totalCalls();
            lastTokenCalls = sim.tokenCalls();
            kind = what;
            return last;
        }
    }

    /** A new organization in a new, empty store for every measured sync. */
    @State(Scope.Benchmark)
    public static class EmptyOrganization {
        private static int created;
        OrganizationService service;
        Org org;

        @Setup(Level.Iteration)
        public void create(Tenant tenant) {
            service = tenant.service();
            org = tenant.connect(service, "All users " + (++created));
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
        public void create(Tenant tenant) {
            service = tenant.service();
            org = tenant.connect(service, "All users");
            org.sync().run();
        }

        @TearDown(Level.Trial)
        public void drop() {
            service.close();
        }
    }

    @Benchmark
    public SyncReport fullSync(Tenant tenant, EmptyOrganization target) {
        return tenant.measure("full sync", () -> target.org.sync().run());
    }

    @Benchmark
    public SyncReport deltaNoChange(Tenant tenant, SyncedOrganization target) {
        return tenant.measure(
                "delta round with no change", () -> target.org.sync().runChanges());
    }
}
