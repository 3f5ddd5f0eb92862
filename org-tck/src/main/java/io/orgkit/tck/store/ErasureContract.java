package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.StoredEvent;
import io.orgkit.core.store.TermQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erasure primitives: an organization deleted with every row of it (and nothing of another), a credential deleted,
 * the feed of one organization read by sequence and an entry's payload replaced.
 */
public abstract class ErasureContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected ErasureContract(StoreContractSuite suite) {
        super(suite);
    }

    /** An organization with a row in every table the store keeps for it; returns its member. */
    private Member filled(Department root) {
        OrgId org = root.orgId();
        Department child = insert(Fixtures.child(root, "Child", 1));
        Member m = insert(Fixtures.withKeys(Fixtures.member("Bob", child), "E1", "+8613800138000", "bob@x.io"));
        RoleGroup g = new RoleGroup(RoleGroupId.random(), org, "G");
        Role r = new Role(RoleId.random(), org, g.id(), "R", "key-" + org.value());
        write(s -> {
            s.insertRoleGroup(g);
            s.insertRole(r);
            s.addRoleMembers(org, r.id(), List.of(m.id()));
            s.saveCredential(org, m.id(), new PasswordCredential("$2a$hash", false, Fixtures.T0));
            s.putAttribute(org, "secret", "sealed");
            s.putSearchEntries(List.of(new SearchEntry(
                    org, SearchSubject.MEMBER, m.id().value(), m.name(), List.of(new IndexedTerm("bob", true)))));
            s.insertSingleUse(org, "state", "k1", "v", Fixtures.T0.plusSeconds(600));
            s.appendEvent(org, "MemberAdded", "{\"member\":\"" + m.id().value() + "\"}", Fixtures.T0);
        });
        return m;
    }

    private static boolean holdsAnything(StoreSession s, OrgId org, Member m) {
        return s.organization(org).isPresent()
                || !s.departments(org).isEmpty()
                || !s.allMembers(org, true).isEmpty()
                || s.memberByExternalId(org, "none").isPresent()
                || !s.roles(org).isEmpty()
                || !s.roleGroups(org).isEmpty()
                || !s.rolesOfMember(org, m.id()).isEmpty()
                || s.credential(org, m.id()).isPresent()
                || s.attribute(org, "secret").isPresent()
                || !s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, "bob", false, null, null, null, 10))
                        .isEmpty()
                || !s.eventsOf(org, 0, 10).isEmpty();
    }

    @Test
    void aDeletedOrganizationLeavesNoRowAndAnotherKeepsAllOfItsOwn() {
        Department gone = newOrganizationRoot("Gone");
        Department kept = newOrganizationRoot("Kept");
        Member goneMember = filled(gone);
        Member keptMember = filled(kept);

        write(s -> {
            s.lockOrganization(gone.orgId());
            s.deleteOrganization(gone.orgId());
        });

        boolean holds = read(s -> holdsAnything(s, gone.orgId(), goneMember));
        assertThat(holds).isFalse();
        java.util.Optional<String> goneUse =
                store().write(s -> s.takeSingleUse(gone.orgId(), "state", "k1", Fixtures.T0));
        assertThat(goneUse).isEmpty();
        read(s -> {
            OrgId org = kept.orgId();
            assertThat(s.organization(org)).isPresent();
            assertThat(s.departments(org)).hasSize(2);
            assertThat(s.member(org, keptMember.id())).contains(keptMember);
            assertThat(s.rolesOfMember(org, keptMember.id())).hasSize(1);
            assertThat(s.credential(org, keptMember.id())).isPresent();
            assertThat(s.attribute(org, "secret")).contains("sealed");
            assertThat(s.eventsOf(org, 0, 10)).hasSize(1);
            return null;
        });
        java.util.Optional<String> keptUse =
                store().write(s -> s.takeSingleUse(kept.orgId(), "state", "k1", Fixtures.T0));
        assertThat(keptUse).contains("v");
        // the keys the deleted organization held are free
        Department again = newOrganizationRoot("Again");
        insert(Fixtures.withKeys(Fixtures.member("Bob", again), "E1", "+8613800138000", "bob@x.io"));
    }

    @Test
    void aDeletionThatFailsLaterInItsTransactionDeletesNothing() {
        Department root = newOrganizationRoot("Acme");
        Member m = filled(root);

        try {
            write(s -> {
                s.lockOrganization(root.orgId());
                s.deleteOrganization(root.orgId());
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(committed().member(root.orgId(), m.id())).contains(m);
        assertThat(committed().eventsOf(root.orgId(), 0, 10)).hasSize(1);
    }

    @Test
    void aCredentialIsDeleted() {
        Department root = newOrganizationRoot("Acme");
        Member m = filled(root);

        write(s -> s.deleteCredential(root.orgId(), m.id()));
        write(s -> s.deleteCredential(root.orgId(), m.id()));

        assertThat(committed().credential(root.orgId(), m.id())).isEmpty();
    }

    @Test
    void theFeedOfOneOrganizationComesBySequenceAndAPayloadIsReplacedOnlyInItsOrganization() {
        OrgId a = newOrganizationRoot("A").orgId();
        OrgId b = newOrganizationRoot("B").orgId();
        List<Long> seqs = store().write(s -> List.of(
                s.appendEvent(a, "E", "{\"n\":1}", Fixtures.T0),
                s.appendEvent(b, "E", "{\"n\":2}", Fixtures.T0),
                s.appendEvent(a, "E", "{\"n\":3}", Fixtures.T0),
                s.appendEvent(a, "E", "{\"n\":4}", Fixtures.T0)));

        assertThat(committed().eventsOf(a, 0, 2))
                .extracting(StoredEvent::sequence)
                .containsExactly(seqs.get(0), seqs.get(2));
        assertThat(committed().eventsOf(a, seqs.get(2), 10))
                .extracting(StoredEvent::sequence)
                .containsExactly(seqs.get(3));
        assertThat(committed().eventsOf(b, 0, 10))
                .extracting(StoredEvent::payload)
                .containsExactly("{\"n\":2}");

        write(s -> {
            s.replaceEventPayload(a, seqs.get(0), "{\"n\":\"scrubbed\"}");
            s.replaceEventPayload(a, seqs.get(1), "{\"n\":\"wrong organization\"}");
        });

        assertThat(committed().eventsAfter(0, 10))
                .extracting(StoredEvent::payload)
                .containsExactly("{\"n\":\"scrubbed\"}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        assertThat(committed().eventsAfter(0, 10).get(0).type()).isEqualTo("E");
    }
}
