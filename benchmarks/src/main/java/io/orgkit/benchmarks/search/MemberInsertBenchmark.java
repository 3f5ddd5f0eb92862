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
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import java.util.ArrayList;
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
 * The write cost of search terms as a user pays it: {@code members} members added one by one with
 * {@code org.members().add(...)} through the service into a fresh in-memory store, with search terms kept
 * ({@code keep=terms}, pinyin registered) and without ({@code keep=none}: no plug-in, and the same store behind
 * {@link TermlessStore}, whose {@code putSearchEntries} does nothing; core still derives its own terms, which
 * are dropped). In the same run: {@code addThenSearch}, the same adds followed by one search (which applies the
 * terms the store left pending), and {@code derive}, core's derivation of the same members' terms alone, with
 * pinyin for {@code keep=terms} (a new plug-in each time, so no name is known yet) and without for
 * {@code keep=none}. Each iteration is one shot on a new store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 4)
@Measurement(iterations = 8)
public class MemberInsertBenchmark {
    @Param({"terms", "none"})
    public String keep;

    @Param({"20000"})
    public int members;

    private Org org;
    private List<NewMember> input;
    private List<Member> sample;

    @Setup(Level.Iteration)
    public void freshStore() {
        Fresh f = fresh("none".equals(keep), members);
        org = f.org;
        input = f.input;
        sample = f.sample;
    }

    /** A new organization on a new in-memory store, and {@code count} members to add to it. */
    record Fresh(Org org, List<NewMember> input, List<Member> sample) {}

    static Fresh fresh(boolean termless, int count) {
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
        Department root = org.root();
        List<Member> sample = People.members(OrgId.random(), List.of(root, root), count);
        List<NewMember> input = new ArrayList<>(count);
        for (int i = 0; i < sample.size(); i++) {
            Member m = sample.get(i);
            input.add(NewMember.named(m.name())
                    .employeeId(m.employeeId())
                    .phone(m.phone())
                    .email(m.email())
                    .in(departments.get(i % departments.size())));
        }
        return new Fresh(org, input, sample);
    }

    @Benchmark
    public int add() {
        int added = 0;
        for (NewMember m : input) {
            org.members().add(m);
            added++;
        }
        return added;
    }

    @Benchmark
    public int addThenSearch() {
        return add() + org.search().members(MemberQuery.of("zs")).size();
    }

    @Benchmark
    public int derive() {
        SearchTerms terms = new SearchTerms("none".equals(keep) ? List.of() : List.of(new PinyinSearchTerms()));
        int n = 0;
        for (Member m : sample) {
            n += terms.derive(m).terms().size();
        }
        return n;
    }
}
