package io.orgkit.examples.quickstart;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.MemberHit;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.List;

/** A tour of OrgKit: run it with the command in the README. */
public final class QuickStart {
    private QuickStart() {}

    /** Where the embedded H2 database lives; it survives between runs ({@code mvn clean} removes it). */
    static final Path DATA = Path.of("target", "orgkit-quickstart");

    /** Encrypts provider secrets at rest. A real application reads its key from a secret store, never from code. */
    private static final String DEMO_SECRET_KEY = "quickstart-demo-key-not-for-production";

    public static void main(String[] args) {
        Path data = args.length > 0 ? Path.of(args[0]) : DATA;
        try (OrganizationService orgs = OrganizationService.builder()
                .store(JdbcStore.h2(data))
                .secretKey(DEMO_SECRET_KEY)
                .build()) {
            say("OrgKit quick start, data in an embedded H2 database at %s", data.toAbsolutePath());
            tour(orgs);
            DingTalkTour.run(orgs);
        }
    }

    /** The leader's first sign-in with the default password must change it before going on. */
    private static void signIn(Org acme) {
        MemberId leader = acme.info().leaderId();
        SignInResult first = acme.accounts().signIn(leader, "admin123".toCharArray());
        say("Leader signs in with the default password: %s", first);
        if (first == SignInResult.MUST_CHANGE_PASSWORD) {
            acme.accounts().changePassword(leader, "admin123".toCharArray(), "alice-chose-this".toCharArray());
            say(
                    "After choosing her own password: %s",
                    acme.accounts().signIn(leader, "alice-chose-this".toCharArray()));
        }
    }

    static void tour(OrganizationService orgs) {
        List<Organization> before =
                orgs.list().stream().filter(o -> !o.isSynced()).toList();
        Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
        if (!before.isEmpty()) {
            say(
                    "Found the data of %d earlier run(s): default organization '%s' has %d active members and %d"
                            + " departments. It survived the restart; this run tours a new organization.",
                    before.size(),
                    acme.info().name(),
                    acme.members().count(),
                    acme.departments().subtree(acme.root().id()).size());
            acme = orgs.create(GenericOrganization.named("ACME run " + (before.size() + 1), "Alice Zhang")
                    .phone("+86 138 0013 8000")
                    .build());
        }
        say("Organization '%s', leader %s", acme.info().name(), leaderName(acme));
        signIn(acme);

        Department rnd = acme.departments().create(acme.root(), "R&D");
        Department backend = acme.departments().create(rnd, "Backend");
        Department frontend = acme.departments().create(rnd, "Frontend");
        Department sales = acme.departments().create(acme.root(), "Sales");
        say("Department tree: %s", names(acme.departments().subtree(acme.root().id())));

        Member bob = acme.members()
                .add(NewMember.named("Bob Li")
                        .employeeId("E0002")
                        .phone("+86 139 0013 9000")
                        .email("bob@acme.example")
                        .position("Engineer")
                        .in(backend.id()));
        Member carol = acme.members()
                .add(NewMember.named("Carol Lin").employeeId("E0003").in(frontend.id(), sales.id()));
        Member dan =
                acme.members().add(NewMember.named("Dan Ma").employeeId("E0004").in(sales.id()));
        say(
                "Added %d members; R&D (with sub-departments) has %s",
                acme.members().count(), memberNames(acme.departments().members(rnd.id(), true)));

        Department engineering = acme.departments()
                .merge(
                        List.of(backend.id(), frontend.id()),
                        acme.departments().create(rnd, "Engineering").id());
        say(
                "Merged Backend and Frontend into '%s': %s",
                engineering.name(), memberNames(acme.departments().members(engineering.id(), false)));

        RoleGroup projects = acme.roles().createGroup("Projects");
        Role reviewer = acme.roles().create(projects.id(), "Code reviewer");
        acme.roles().addMembers(reviewer.id(), List.of(bob.id(), carol.id()));
        say(
                "Role '%s' in group '%s': %s",
                reviewer.name(), projects.name(), memberNames(acme.roles().members(reviewer.id())));

        acme.members().resign(List.of(dan.id()));
        say(
                "Dan resigned: %d active members, %d resigned kept on record",
                acme.members().count(), acme.members().resigned().size());

        for (MemberHit hit : acme.search().members("li")) {
            say("Search 'li' -> %s", highlighted(hit));
        }
    }

    private static String leaderName(Org org) {
        return org.members().get(org.info().leaderId()).name();
    }

    private static List<String> names(List<Department> departments) {
        return departments.stream().map(d -> "  ".repeat(d.depth()) + d.name()).toList();
    }

    private static List<String> memberNames(List<Member> members) {
        return members.stream().map(Member::name).toList();
    }

    /** The member's name with matches in [brackets]. */
    static String highlighted(MemberHit hit) {
        String name = hit.member().name();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Highlight h : hit.highlights()) {
            if (h.field() == HighlightField.NAME) {
                out.append(name, at, h.start())
                        .append('[')
                        .append(name, h.start(), h.end())
                        .append(']');
                at = h.end();
            }
        }
        return out.append(name.substring(at)).toString();
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
