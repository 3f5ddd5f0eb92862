package io.orgkit.tck.fake;

import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import java.util.List;
import java.util.Objects;

/**
 * A provider of type {@code fake} over a {@link FakeDirectory}: for tests of sync and of applications. It is
 * not registered with {@code ServiceLoader}; register it explicitly:
 * <pre>{@code
 * FakeDirectory remote = new FakeDirectory("acme", "key-123");
 * OrganizationService orgs = OrganizationService.builder().provider(new FakeProvider(remote))
 *         .secretKey("...").build();
 * Org org = orgs.create(remote.organization("ACME"));
 * }</pre>
 */
public final class FakeProvider implements OrganizationProvider {
    /** The organization type of the fake platform. */
    public static final String TYPE = "fake";
    /** Setting: the tenant. */
    public static final String TENANT = "tenant";
    /** Secret setting: the API key. */
    public static final String API_KEY = "apiKey";

    private final FakeDirectory directory;

    /**
     * A provider that reads {@code directory}.
     *
     * @param directory the fake platform
     * @throws NullPointerException when the directory is null
     */
    public FakeProvider(FakeDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Fake platform";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(CredentialField.required(TENANT, "Tenant"), CredentialField.secret(API_KEY, "API key"));
    }

    @Override
    public void verify(ProviderSettings settings) {
        checkTenant(settings);
        directory.call("verify", settings.secret(API_KEY).reveal());
    }

    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        checkTenant(settings);
        return new FakeDirectorySource(directory, settings.secret(API_KEY));
    }

    private void checkTenant(ProviderSettings settings) {
        String tenant = settings.value(TENANT);
        if (!directory.tenantIs(tenant)) {
            throw new ProviderException(
                    TYPE, "404", "the fake platform has no tenant '" + tenant + "'; check the" + " tenant setting");
        }
    }

    @Override
    public String toString() {
        return "FakeProvider[" + directory + "]";
    }
}
