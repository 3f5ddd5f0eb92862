package io.orgkit.benchmarks.search;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermQuery;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import io.orgkit.store.jdbc.JdbcStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The write side of search, measured in one run (not JMH: each figure is one long operation): member insert time
 * without and with search terms (derivation + store index) on the in-memory store (100,000 members) and H2
 * (20,000 members), alternating, median of three rounds; the heap the in-memory index holds per member and
 * the time to build it for 100,000 members; and first (also alone, with the argument {@code adds [rounds]}) members
 * added one by one through {@code org.members().add} with and without terms, alternating (see {@link #userAdds}).
 * With the argument {@code memory}, the H2 figure is left out. The in-memory store defers its index writes to the next search: the
 * times "with terms" include one search after the last write, which applies them.
 *
 * <p>{@code java -Xmx3g -cp benchmarks/target/benchmarks.jar io.orgkit.benchmarks.search.SearchWriteFigures}
 */
public final class SearchWriteFigures {
    private static final SearchTerms TERMS = new SearchTerms(List.of(new PinyinSearchTerms()));

    private SearchWriteFigures() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("adds")) {
            userAdds(args.length > 1 ? Integer.parseInt(args[1]) : 7);
            return;
        }
        userAdds(7);
        heapAndBuild();
        insertCost("memory", 100_000);
        if (args.length == 0 || !args[0].equals("memory")) {
            insertCost("h2", 20_000);
        }
    }

    /**
     * 20,000 members added one by one with {@code org.members().add} on a new in-memory store, without terms
     * ({@link TermlessStore}, no plug-in) and with terms (pinyin), alternating, {@code rounds} rounds after two of
     * warm-up; with terms also the first search after the adds (which applies the deferred index writes).
     */
    private static void userAdds(int rounds) {
        int count = 20_000;
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        List<Long> firstSearch = new ArrayList<>();
        for (int round = -2; round < rounds; round++) {
            long none = timeAdds(MemberInsertBenchmark.fresh(true, count), null);
            long[] search = new long[1];
            long terms = timeAdds(MemberInsertBenchmark.fresh(false, count), search);
            if (round >= 0) {
                without.add(none);
                with.add(terms);
                firstSearch.add(search[0]);
            }
        }
        System.out.printf(
                "members().add x %d, in memory: without terms %s ms, with terms %s ms (medians %d / %d, ratio %.2f);"
                        + " first search after them %s ms (median %d)%n",
                count,
                without,
                with,
                median(without),
                median(with),
                (double) median(with) / median(without),
                firstSearch,
                median(firstSearch));
    }

    private static long timeAdds(MemberInsertBenchmark.Fresh f, long @Nullable [] search) {
        System.gc();
        long started = System.nanoTime();
        for (io.orgkit.core.members.NewMember m : f.input()) {
            f.org().members().add(m);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (search != null) {
            long s = System.nanoTime();
            f.org().search().members(io.orgkit.core.search.MemberQuery.of("zs"));
            search[0] = (System.nanoTime() - s) / 1_000_000;
        }
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void heapAndBuild() {
        OrgStore store = new InMemoryStore();
        List<Member> members = load(store, 100_000);
        long before = usedAfterGc();
        long started = System.nanoTime();
        store.write(s -> {
            s.putSearchEntries(members.stream().map(TERMS::derive).toList());
            return null;
        });
        applyDeferred(store, members.get(0).orgId());
        long buildMs = (System.nanoTime() - started) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf(
                "in-memory index: build %d ms for %d members, heap %d bytes per member%n",
                buildMs, members.size(), (after - before) / members.size());
        long kept = store.read(s -> s.countMembers(members.get(0).orgId(), false));
        System.out.println("members kept: " + kept);
    }

    private static void insertCost(String kind, int count) throws Exception {
        long[] without = new long[3];
        long[] with = new long[3];
        for (int round = 0; round < 3; round++) {
            without[round] = timeInsert(kind, count, false);
            with[round] = timeInsert(kind, count, true);
        }
        Arrays.sort(without);
        Arrays.sort(with);
        System.out.printf(
                "%s insert of %d members: without terms %d ms, with terms %d ms, ratio %.2f (rounds %s / %s)%n",
                kind,
                count,
                without[1],
                with[1],
                (double) with[1] / without[1],
                Arrays.toString(without),
                Arrays.toString(with));
    }

    private static long timeInsert(String kind, int count, boolean terms) throws Exception {
        OrgStore store = kind.equals("memory")
                ? new InMemoryStore()
                : JdbcStore.h2(Files.createTempDirectory("orgkit-terms").resolve("db"));
        Department root = root();
        List<Department> departments = People.departments(root);
        Organization org = organization(root);
        List<Member> members = People.members(org.id(), departments, count);
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartments(departments);
            return null;
        });
        long started = System.nanoTime();
        for (int i = 0; i < members.size(); i += 5_000) {
            List<Member> chunk = members.subList(i, Math.min(members.size(), i + 5_000));
            store.write(s -> {
                s.insertMembers(chunk);
                if (terms) {
                    s.putSearchEntries(chunk.stream().map(TERMS::derive).toList());
                }
                return null;
            });
        }
        if (terms) {
            applyDeferred(store, org.id());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        store.close();
        return ms;
    }

    /** One search: the in-memory store applies the terms it deferred before answering (its index is built). */
    private static void applyDeferred(OrgStore store, OrgId org) {
        store.read(s -> s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, "zs", false, null, null, null, 1)));
    }

    private static List<Member> load(OrgStore store, int count) {
        Department root = root();
        List<Department> departments = People.departments(root);
        List<Member> members = People.members(root.orgId(), departments, count);
        store.write(s -> {
            s.insertOrganization(organization(root));
            s.insertDepartments(departments);
            s.insertMembers(members);
            return null;
        });
        return new ArrayList<>(members);
    }

    private static Department root() {
        OrgId org = OrgId.random();
        DepartmentId id = DepartmentId.random();
        return new Department(id, org, null, "Acme", 0, Department.pathUnder("", id), null, List.of());
    }

    private static Organization organization(Department root) {
        return new Organization(root.orgId(), "Acme", "generic", null, true, false, Map.of(), Instant.EPOCH);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
