package example.consumer;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.search.MemberHit;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Uses OrgKit through its public API only, as resolved from the deployed artifacts, and prints where
 * {@code org-core} was loaded from (the check script asserts it is the freshly deployed jar).
 */
public final class ConsumerCheck {
    private ConsumerCheck() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("orgkit-consumer-check");
        try (OrganizationService orgs = OrganizationService.builder()
                .store(JdbcStore.h2(data.resolve("db")))
                .secretKey("consumer-check-key-not-for-production")
                .build()) {
            Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
            Department rnd = acme.departments().create(acme.root(), "R&D");
            Member bob = acme.members().add(NewMember.named("Bob Li").employeeId("E0002").in(rnd.id()));
            List<MemberHit> hits = acme.search().members("bob");
            if (hits.size() != 1 || !hits.get(0).member().id().equals(bob.id())) {
                throw new IllegalStateException("search for 'bob' found " + hits);
            }
            System.out.println("consumer check: organization '" + acme.info().name() + "', " + acme.members().count()
                    + " members, search found " + hits.get(0).member().name());
            System.out.println("consumer check: org-core from "
                    + OrganizationService.class.getProtectionDomain().getCodeSource().getLocation());
        }
    }
}
