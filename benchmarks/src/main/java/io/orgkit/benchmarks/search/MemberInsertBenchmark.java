package io.orgkit.benchmarks.search;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The write cost of search terms as a user pays it: one member added with {@code org.members().add(...)} through
 * the service into an in-memory store, with search terms kept ({@code keep=terms}, pinyin registered) and without
 * ({@code keep=none}: no plug-in, and the same store behind {@link TermlessStore}, whose {@code putSearchEntries}
 * does nothing; core still derives its own terms, which are dropped). Each iteration starts a new store (members
 * {@code 0, 1, 2, …} of a pre-generated list are added in turn, so the organization grows during the iteration
 * as an import's would). In the same run, {@code derive}: core's derivation of one member's terms alone, with
 * pinyin for {@code keep=terms} (a new plug-in each iteration, so names are met the first time once) and without
 * for {@code keep=none}. The in-memory store applies the terms it keeps at the next search, which this benchmark
 * does not make; {@code SearchWriteFigures adds} times that first search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class MemberInsertBenchmark {
    /** Members generated: more than an iteration of one second adds. */
    private static final int INPUT = 200_000;

    @Param({"terms", "none"})
    public String keep;

    private Fresh fresh;
    private SearchTerms terms;
    private int next;

    @Setup(Level.Iteration)
    public void freshStore() {
        boolean termless = "none".equals(keep);
        fresh = fresh(termless, INPUT, fresh);
        terms = new SearchTerms(termless ? List.of() : List.of(new PinyinSearchTerms()));
        next = 0;
    }

    @Benchmark
    public Member add() {
        return fresh.org.members().add(fresh.input.get(next++));
    }

    @Benchmark
    public int derive() {
        return terms.derive(fresh.sample.get(next++ % INPUT)).terms().size();
    }

    /** A new organization on a new in-memory store, and {@code count} members to add to it. */
    record Fresh(Org org, List<NewMember> input, List<Member> sample) {}

    static Fresh fresh(boolean termless, int count) {
        return fresh(termless, count, null);
    }

    /** As {@link #fresh(boolean, int)}, reusing the members of {@code last} when it has them. */
    static Fresh fresh(boolean termless, int count, @Nullable Fresh last) {
        OrgStore store = termless ? new TermlessStore(new InMemoryStore()) : new InMemoryStore();
        io.orgkit.core.OrganizationServiceBuilder builder = OrganizationService.builder()
                .store(store)
                .discoverSearchTerms(false)
                .passwordHasher(new BcryptPasswordHasher(4));
        if (!termless) {
            builder.searchTerms(new PinyinSearchTerms());
        }
        OrganizationService service = builder.build();
        Org org = service.ensureDefault(new Creator("Admin", null));
        List<DepartmentId> departments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            departments.add(org.departments().create(org.root(), "部门" + i).id());
        }
        if (last != null && last.sample.size() == count) {
            return new Fresh(org, inputs(last.sample, departments), last.sample);
        }
        Department root = org.root();
        List<Member> sample = People.members(OrgId.random(), List.of(root, root), count);
        return new Fresh(org, inputs(sample, departments), sample);
    }

    private static List<NewMember> inputs(List<Member> sample, List<DepartmentId> departments) {
        List<NewMember> input = new ArrayList<>(sample.size());
        for (int i = 0; i < sample.size(); i++) {
            Member m = sample.get(i);
            input.add(NewMember.named(m.name())
                    .employeeId(m.employeeId())
                    .phone(m.phone())
                    .email(m.email())
                    .in(departments.get(i % departments.size())));
        }
        return input;
    }
}
