package io.orgkit.benchmarks.search;

import io.orgkit.core.members.Member;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import java.util.List;
import java.util.Locale;
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
 * A member search (first page of 50 hits, with highlights) over 100,000 members and 5,000 departments, through
 * the service API, per query kind and store; the baseline is a linear scan of the same member list (lower-case
 * each field, test {@code contains}) as search did before. Sampled, so p50 and p99 come out. Runs in one JVM
 * ({@code -f 0}) so the loaded data is shared by the parameter combinations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(0)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 3)
public class MemberSearchBenchmark {
    @Param({"memory", "h2"})
    public String store;

    @Param({"surname", "fragment", "initials", "pinyin", "phone4", "email", "employeeId", "miss"})
    public String kind;

    private SearchFixture data;
    private String query;

    @Setup(Level.Trial)
    public void load() throws Exception {
        data = SearchFixture.of(store);
        query = data.queries.get(kind);
    }

    @Benchmark
    public List<MemberHit> search() {
        return data.org.search().members(MemberQuery.of(query));
    }

    @Benchmark
    public int linearScan() {
        String q = query.toLowerCase(Locale.ROOT);
        int found = 0;
        for (Member m : data.members) {
            if (has(m.name(), q) || has(m.employeeId(), q) || has(m.phone(), q) || has(m.email(), q)) {
                found++;
            }
        }
        return found;
    }

    private static boolean has(String value, String lowerNeedle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
