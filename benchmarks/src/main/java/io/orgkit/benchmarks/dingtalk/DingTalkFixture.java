package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDepartment;
import io.orgkit.tck.dingtalk.SimDirectory;
import java.util.HashMap;
import java.util.Map;

/** A simulated DingTalk enterprise of a given size and the settings that point the provider at it. */
final class DingTalkFixture {
    private DingTalkFixture() {}

    static DingTalkSimulator enterprise(int departments, int members) {
        return DingTalkSimulator.start().generate(2026, departments, members, 8);
    }

    /** Provider settings for the simulator, with no client-side QPS limit (the simulator has none). */
    static ProviderSettings settings(DingTalkSimulator sim) {
        return settings(sim, Map.of());
    }

    /** Provider settings for the simulator, no client-side QPS limit unless {@code overrides} set one. */
    static ProviderSettings settings(DingTalkSimulator sim, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                DingTalk.CORP_ID, "dingbench",
                DingTalk.AGENT_ID, "1",
                DingTalk.APP_KEY, sim.appKey(),
                DingTalk.BASE_URL, sim.baseUrl().toString(),
                DingTalk.MAX_QPS, "0"));
        values.putAll(overrides);
        return new ProviderSettings(values, Map.of(DingTalk.APP_SECRET, Secret.of(sim.appSecret())));
    }

    /** The fewest calls a full fetch can make: 2 per department plus one user/list page per 100 direct users (at least 1). */
    static long minimumCalls(SimDirectory directory) {
        long calls = 0;
        for (SimDepartment d : directory.departments()) {
            calls += 2 + Math.max(1, (directory.usersIn(d.id()).size() + 99) / 100);
        }
        return calls;
    }

    /**
     * A scope of whole subtrees holding about {@code share} of the departments: subtrees taken greedily in
     * breadth-first order while they fit in what is left of the share, none inside another.
     */
    static io.orgkit.core.sync.SyncScope share(SimDirectory directory, double share) {
        java.util.List<SimDepartment> all = directory.departments();
        long target = Math.round(all.size() * share);
        java.util.Map<Long, Integer> size = new HashMap<>();
        java.util.List<SimDepartment> breadthFirst = new java.util.ArrayList<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>(java.util.List.of(SimDirectory.ROOT_ID));
        while (!queue.isEmpty()) {
            long id = queue.poll();
            for (SimDepartment c : directory.children(id)) {
                breadthFirst.add(c);
                queue.add(c.id());
            }
        }
        for (int i = breadthFirst.size() - 1; i >= 0; i--) {
            SimDepartment d = breadthFirst.get(i);
            size.merge(d.id(), 1, Integer::sum);
            size.merge(d.parentId(), size.get(d.id()), Integer::sum);
        }
        java.util.Set<Long> taken = new java.util.HashSet<>();
        java.util.List<String> included = new java.util.ArrayList<>();
        long left = target;
        for (SimDepartment d : breadthFirst) {
            if (taken.contains(d.parentId())) {
                taken.add(d.id());
                continue;
            }
            int n = size.get(d.id());
            if (n <= left) {
                included.add(Long.toString(d.id()));
                taken.add(d.id());
                left -= n;
            }
            if (left == 0) {
                break;
            }
        }
        return io.orgkit.core.sync.SyncScope.include(included);
    }

    /** Counts what a fetch hands over. */
    static final class Counter implements DirectoryVisitor {
        long departments;
        long members;

        @Override
        public void department(RemoteDepartment department) {
            departments++;
        }

        @Override
        public void member(RemoteMember member) {
            members++;
        }
    }
}
