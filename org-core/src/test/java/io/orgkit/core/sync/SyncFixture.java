package io.orgkit.core.sync;

import io.orgkit.core.CountingStore;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service with the test provider, a counting store and one synced organization. */
final class SyncFixture {
    static final String TOKEN = "tok-5ecr3t-value-1234";
    final TestDirectory remote = new TestDirectory();
    final CountingStore store = new CountingStore();
    final List<OrgEvent> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    final OrganizationService service = OrganizationService.builder()
            .store(store)
            .discoverProviders(false)
            .provider(remote)
            .secretKey("a test key of enough length")
            .listener(events::add)
            .build();
    final Org org = service.create(
            NewOrganization.synced("test", "ACME synced", Map.of("tenant", "acme"), Map.of("token", Secret.of(TOKEN))));

    Sync sync() {
        return org.sync();
    }

    Optional<Department> department(String externalId) {
        return org.departments().subtree(org.root().id()).stream()
                .filter(d -> externalId.equals(d.externalId()))
                .findFirst();
    }

    Department dept(String externalId) {
        return department(externalId).orElseThrow(() -> new AssertionError("no department " + externalId));
    }

    Optional<Member> find(String externalId) {
        return allMembers().stream()
                .filter(m -> externalId.equals(m.externalId()))
                .findFirst();
    }

    Member member(String externalId) {
        return find(externalId).orElseThrow(() -> new AssertionError("no member " + externalId));
    }

    List<Member> allMembers() {
        return store.read(s -> s.allMembers(org.id(), true));
    }

    List<String> eventTypes() {
        return events.stream().map(OrgEvent::type).toList();
    }
}
