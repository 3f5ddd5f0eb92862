package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.PasswordCredential;
import org.junit.jupiter.api.Test;

/** Password credentials and per-organization attributes. */
public abstract class CredentialAttributeContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected CredentialAttributeContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void aCredentialIsSavedAndReplaced() {
        Department root = newOrganizationRoot("Acme");
        MemberId bob = insert(Fixtures.member("Bob", root)).id();
        PasswordCredential initial = new PasswordCredential("$2a$12$initialhash", true, Fixtures.T0);
        PasswordCredential changed = new PasswordCredential("$2a$12$changedhash", false, Fixtures.T0.plusSeconds(5));

        write(s -> s.saveCredential(root.orgId(), bob, initial));
        assertThat(committed().credential(root.orgId(), bob)).contains(initial);
        write(s -> s.saveCredential(root.orgId(), bob, changed));
        assertThat(committed().credential(root.orgId(), bob)).contains(changed);
    }

    @Test
    void aDisabledCredentialReadsBackDisabledAndTheOrganizationsSettingsAreReplacedWhole() {
        Department root = newOrganizationRoot("Acme");
        MemberId bob = insert(Fixtures.member("Bob", root)).id();
        PasswordCredential disabled = new PasswordCredential("$2a$12$" + "h".repeat(53), false, Fixtures.T0)
                .disable(Fixtures.T0.plusSeconds(1));

        write(s -> s.saveCredential(root.orgId(), bob, disabled));
        assertThat(committed().credential(root.orgId(), bob))
                .contains(disabled)
                .hasValueSatisfying(c -> assertThat(c.disabled()).isTrue());
        write(s -> s.updateOrganization(Fixtures.withSettings(
                s.organization(root.orgId()).orElseThrow(),
                java.util.Map.of("baseUrl", "https://a.example", "tenant", "t"))));
        write(s -> s.updateOrganization(
                Fixtures.withSettings(s.organization(root.orgId()).orElseThrow(), java.util.Map.of("tenant", "t2"))));
        assertThat(committed().organization(root.orgId()).orElseThrow().settings())
                .isEqualTo(java.util.Map.of("tenant", "t2"));
    }

    @Test
    void aMemberWithoutCredentialHasNone() {
        Department root = newOrganizationRoot("Acme");
        assertThat(committed().credential(root.orgId(), MemberId.random())).isEmpty();
    }

    @Test
    void anAttributeIsPutReplacedAndRemoved() {
        OrgId org = newOrganizationRoot("Acme").orgId();

        write(s -> s.putAttribute(org, "sync.cursor", "c-1"));
        assertThat(committed().attribute(org, "sync.cursor")).contains("c-1");
        write(s -> s.putAttribute(org, "sync.cursor", "c-2"));
        assertThat(committed().attribute(org, "sync.cursor")).contains("c-2");
        write(s -> s.putAttribute(org, "sync.cursor", null));
        assertThat(committed().attribute(org, "sync.cursor")).isEmpty();
    }

    @Test
    void removingAnAttributeThatIsNotThereDoesNothing() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.putAttribute(org, "missing", null));
        assertThat(committed().attribute(org, "missing")).isEmpty();
    }

    @Test
    void aLongAttributeValueIsKeptWhole() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        String sealed = "x".repeat(20_000);
        write(s -> s.putAttribute(org, "provider.secrets", sealed));
        assertThat(committed().attribute(org, "provider.secrets")).contains(sealed);
    }
}
