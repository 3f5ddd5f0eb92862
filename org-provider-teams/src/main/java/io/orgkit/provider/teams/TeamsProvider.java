package io.orgkit.provider.teams;

import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.provider.teams.internal.GraphClients;
import io.orgkit.provider.teams.internal.TeamsDirectory;
import io.orgkit.provider.teams.internal.TeamsLogin;
import io.orgkit.provider.teams.internal.TeamsVerifier;
import java.util.List;
import java.util.Optional;

/**
 * Organizations synced from Microsoft Entra ID (the directory of Microsoft Teams) through Microsoft Graph, with an
 * app registration's client credentials. Found by {@link java.util.ServiceLoader}; or register it with
 * {@code OrganizationService.builder().provider(new TeamsProvider())}. See {@code docs/providers/teams.md}.
 */
public final class TeamsProvider implements OrganizationProvider {

    /** The provider; stateless. */
    public TeamsProvider() {}

    @Override
    public String type() {
        return Teams.TYPE;
    }

    @Override
    public String displayName() {
        return "Microsoft Teams";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(
                CredentialField.required(Teams.TENANT_ID, "Directory (tenant) ID"),
                CredentialField.required(Teams.CLIENT_ID, "Application (client) ID"),
                CredentialField.secret(Teams.CLIENT_SECRET, "Client secret"));
    }

    /**
     * Fetches a token and reads one user (2 calls; 4 with the GROUPS mapping).
     *
     * @throws io.orgkit.core.ProviderException naming a wrong tenant, client id or secret, an expired secret, or a
     *                                          missing permission or admin consent
     * @throws io.orgkit.core.ValidationException naming a bad setting
     */
    @Override
    public void verify(ProviderSettings settings) {
        TeamsVerifier.verify(TeamsConfig.from(settings));
    }

    /** @throws io.orgkit.core.ValidationException naming a bad setting */
    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        return new TeamsDirectory(GraphClients.shared(TeamsConfig.from(settings)));
    }

    /**
     * Microsoft sign-in (authorization code flow with PKCE and a nonce); the redirect URI must be registered on the
     * app registration (Authentication > Web).
     *
     * @throws io.orgkit.core.ValidationException naming a bad setting
     */
    @Override
    public Optional<LoginProvider> login(ProviderSettings settings) {
        TeamsConfig config = TeamsConfig.from(settings);
        return Optional.of(new TeamsLogin(config, GraphClients.shared(config)));
    }
}
