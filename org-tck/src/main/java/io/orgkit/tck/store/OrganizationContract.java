package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Storing and reading organizations. */
public abstract class OrganizationContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected OrganizationContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void anInsertedOrganizationReadsBackEqual() {
        Organization org = Fixtures.organization("Acme");
        write(s -> s.insertOrganization(org));

        assertThat(committed().organization(org.id())).contains(org);
    }

    @Test
    void anUnknownOrganizationIsEmpty() {
        assertThat(committed().organization(OrgId.random())).isEmpty();
    }

    @Test
    void anUpdateReplacesNameLeaderAndJoinSwitch() {
        Organization org = Fixtures.organization("Acme");
        write(s -> s.insertOrganization(org));
        Organization changed = new Organization(
                org.id(),
                "Acme Ltd",
                org.type(),
                MemberId.of("m-1"),
                false,
                org.isDefault(),
                org.settings(),
                org.createdAt());

        write(s -> s.updateOrganization(changed));

        assertThat(committed().organization(org.id())).contains(changed);
    }

    @Test
    void organizationsAreListedByCreationTime() {
        Organization later = Fixtures.organization(OrgId.random(), "Later", Instant.parse("2026-03-02T00:00:00Z"));
        Organization earlier = Fixtures.organization(OrgId.random(), "Earlier", Instant.parse("2026-03-01T00:00:00Z"));
        write(s -> {
            s.insertOrganization(later);
            s.insertOrganization(earlier);
        });

        assertThat(committed().organizations()).containsExactly(earlier, later);
    }

    @Test
    void aSecondOrganizationWithTheSameIdIsAConflict() {
        Organization org = Fixtures.organization("Acme");
        write(s -> s.insertOrganization(org));

        assertThatThrownBy(() ->
                        write(s -> s.insertOrganization(Fixtures.organization(org.id(), "Other", org.createdAt()))))
                .isInstanceOf(ConflictException.class);
        assertThat(committed().organization(org.id())).contains(org);
    }

    @Test
    void aSecondDefaultOrganizationIsAConflictSoTwoInstancesCannotBothCreateOne() {
        Organization first = Fixtures.defaultOrganization("Default");
        write(s -> s.insertOrganization(first));
        Organization second = Fixtures.defaultOrganization("Default too");

        assertThatThrownBy(() -> write(s -> s.insertOrganization(second))).isInstanceOf(ConflictException.class);
        assertThat(committed().organizations()).containsExactly(first);
    }

    @Test
    void manyOrganizationsMayBeNonDefault() {
        write(s -> {
            s.insertOrganization(Fixtures.organization("A"));
            s.insertOrganization(Fixtures.organization("B"));
            s.insertOrganization(Fixtures.defaultOrganization("C"));
        });

        assertThat(committed().organizations())
                .hasSize(3)
                .filteredOn(Organization::isDefault)
                .hasSize(1);
    }
}
