package io.orgkit.examples.boot;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo data on first start: the default organization with a few departments, members and roles, and a DingTalk
 * organization whose platform is a simulator running in this process (no DingTalk account needed).
 */
@Configuration(proxyBeanMethods = false)
public class DemoData {
    /** Name of the DingTalk organization the demo creates. */
    public static final String DINGTALK_ORG = "ACME on DingTalk";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /**
     * The simulated DingTalk (a local HTTP server that answers like DingTalk's API), closed at shutdown.
     *
     * @param departments departments the simulator generates
     * @param members users the simulator generates
     * @return the running simulator
     */
    @Bean(destroyMethod = "close")
    DingTalkSimulator dingTalkSimulator(
            @Value("${demo.dingtalk.departments:12}") int departments,
            @Value("${demo.dingtalk.members:80}") int members) {
        return DingTalkSimulator.start().generate(42, departments, members, 3);
    }

    @Bean
    ApplicationRunner demoDataRunner(
            OrganizationService orgs,
            DingTalkSimulator dingtalk,
            @Value("${demo.sync-on-start:true}") boolean syncOnStart) {
        return (ApplicationArguments args) -> {
            boolean fresh = orgs.list().isEmpty();
            Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
            if (fresh) {
                fill(acme);
            }
            Org ding = dingTalk(orgs, dingtalk);
            if (syncOnStart) {
                LOG.info(
                        "Demo: sync of '{}' from the simulator at start: {}",
                        DINGTALK_ORG,
                        ding.sync().run());
            }
        };
    }

    /** Departments, members and a role of the demo's default organization. */
    static void fill(Org acme) {
        Department rnd = acme.departments().create(acme.root(), "R&D");
        Department backend = acme.departments().create(rnd, "Backend");
        Department frontend = acme.departments().create(rnd, "Frontend");
        Department sales = acme.departments().create(acme.root(), "Sales");
        Department support = acme.departments().create(acme.root(), "Support");
        var bob = acme.members()
                .add(NewMember.named("Bob Li")
                        .employeeId("E0002")
                        .phone("+86 139 0013 9000")
                        .email("bob@acme.example")
                        .position("Engineer")
                        .in(backend.id()));
        var carol = acme.members()
                .add(NewMember.named("Carol Lin")
                        .employeeId("E0003")
                        .email("carol@acme.example")
                        .position("Designer")
                        .in(frontend.id(), sales.id()));
        acme.members()
                .addAll(List.of(
                        NewMember.named("Dan Ma")
                                .employeeId("E0004")
                                .position("Account manager")
                                .in(sales.id()),
                        NewMember.named("Erin Wu")
                                .employeeId("E0005")
                                .email("erin@acme.example")
                                .in(support.id()),
                        NewMember.named("Frank Zhou")
                                .employeeId("E0006")
                                .position("Engineer")
                                .in(backend.id()),
                        NewMember.named("李明")
                                .employeeId("E0007")
                                .position("工程师")
                                .in(backend.id()),
                        NewMember.named("王芳").employeeId("E0008").in(sales.id())));
        RoleGroup projects = acme.roles().createGroup("Projects");
        Role reviewer = acme.roles().create(projects.id(), "Code reviewer");
        acme.roles().addMembers(reviewer.id(), List.of(bob.id(), carol.id()));
        acme.departments().setManagers(rnd.id(), List.of(bob.id()));
    }

    private static Org dingTalk(OrganizationService orgs, DingTalkSimulator sim) {
        Optional<Organization> existing = orgs.list().stream()
                .filter(o -> o.type().equals(DingTalk.TYPE) && o.name().equals(DINGTALK_ORG))
                .findFirst();
        if (existing.isPresent()) {
            // the simulator listens on a new port at each start
            Org ding = orgs.org(existing.get().id());
            ding.updateSettings(Map.of(DingTalk.BASE_URL, sim.baseUrl().toString()), Map.of());
            return ding;
        }
        return orgs.create(DingTalk.organization(
                DINGTALK_ORG,
                "dingcorp-demo",
                "100001",
                sim.appKey(),
                sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
    }
}
