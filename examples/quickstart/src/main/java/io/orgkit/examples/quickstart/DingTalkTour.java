package io.orgkit.examples.quickstart;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncChange;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Syncs a DingTalk organization of a few thousand members from a local simulator of DingTalk's API
 * (no DingTalk account needed): dry run, first sync, a change on the platform, re-sync, no-change re-sync.
 */
final class DingTalkTour {
    static final int DEPARTMENTS = 120;
    static final int MEMBERS = 3_000;

    private DingTalkTour() {}

    static void run(OrganizationService orgs) {
        int runNumber = (int) orgs.list().stream()
                        .filter(o -> o.type().equals(DingTalk.TYPE))
                        .count()
                + 1;
        try (DingTalkSimulator dingtalk = DingTalkSimulator.start().generate(42, DEPARTMENTS, MEMBERS, 5)) {
            say(
                    "%nDingTalk: a simulated DingTalk answers at %s with %d departments and %d users (about 3%% of them"
                            + " have not activated DingTalk yet; they are members all the same)",
                    dingtalk.baseUrl(), DEPARTMENTS, MEMBERS);
            Org ding = orgs.create(DingTalk.organization(
                    "ACME on DingTalk (run " + runNumber + ")",
                    "dingcorp-demo",
                    "100001",
                    dingtalk.appKey(),
                    dingtalk.appSecret(),
                    Map.of(DingTalk.BASE_URL, dingtalk.baseUrl().toString(), DingTalk.MAX_QPS, "1000")));
            say("Created '%s'; its AppSecret is stored encrypted", ding.info().name());

            SyncPlan plan = ding.sync().dryRun();
            say(
                    "Dry run: would apply %s; nothing written (members now: %d)",
                    counts(plan.counts()), ding.members().count());
            explainRoot(plan);

            report("First sync", ding.sync().run());

            SimDirectory remote = dingtalk.directory();
            long firstDept = remote.children(SimDirectory.ROOT_ID).get(0).id();
            remote.renameDepartment(firstDept, "Renamed on DingTalk");
            String leaving = remote.usersIn(firstDept).get(0).userid();
            remote.removeUser(leaving);
            remote.addUser(SimUser.of("newcomer-1", "New Comer", firstDept));
            say("On DingTalk: renamed a department, removed user %s (a manager there), added user newcomer-1", leaving);
            report("Second sync", ding.sync().run());
            report("Third sync (nothing changed)", ding.sync().run());
            say(
                    "Members after sync: %d active, %d resigned (kept on record)",
                    ding.members().count(), ding.members().resigned().size());
        }
    }

    /**
     * A first sync changes the organization's own root department twice: it is linked to the platform's root
     * department (an update) and takes its name (a rename). Says so, with the plan's lines for those changes.
     */
    private static void explainRoot(SyncPlan plan) {
        String rootId = String.valueOf(SimDirectory.ROOT_ID);
        List<SyncChange> root = plan.changes().stream()
                .filter(c -> c.externalId().equals(rootId))
                .toList();
        if (!root.isEmpty()) {
            say(
                    "  of which %d for the root department: it is linked to DingTalk's root department and takes its"
                            + " name",
                    root.size());
            root.forEach(c -> say("    %s", c.line()));
        }
    }

    private static void report(String title, SyncReport r) {
        say(
                "%s: %s, %s, %d API calls, %d ms",
                title,
                r.outcome(),
                counts(r.counts()),
                r.apiCalls(),
                r.duration().toMillis());
    }

    private static String counts(Map<ChangeKind, Integer> counts) {
        Map<String, Integer> shown = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                shown.put(k.name().toLowerCase(java.util.Locale.ROOT), v);
            }
        });
        return shown.isEmpty() ? "no changes" : shown.toString();
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
