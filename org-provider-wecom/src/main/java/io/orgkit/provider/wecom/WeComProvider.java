package io.orgkit.provider.wecom;

import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.provider.wecom.internal.WeComCallbacks;
import io.orgkit.provider.wecom.internal.WeComClient;
import io.orgkit.provider.wecom.internal.WeComDirectory;
import io.orgkit.provider.wecom.internal.WeComLogin;
import io.orgkit.provider.wecom.internal.WeComVerifier;
import java.util.List;
import java.util.Optional;

/**
 * Organizations synced from WeCom (企业微信) through a self-built app. Found by {@link java.util.ServiceLoader};
 * or register it with {@code OrganizationService.builder().provider(new WeComProvider())}.
 */
public final class WeComProvider implements OrganizationProvider {

    /** A provider; it keeps no state of its own. */
    public WeComProvider() {
        // stateless
    }

    @Override
    public String type() {
        return WeCom.TYPE;
    }

    @Override
    public String displayName() {
        return "WeCom";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(
                CredentialField.required(WeCom.CORP_ID, "CorpID"),
                CredentialField.required(WeCom.AGENT_ID, "AgentID"),
                CredentialField.secret(WeCom.SECRET, "Secret"));
    }

    /**
     * Fetches a token and reads the department ids: 2 calls.
     *
     * @throws io.orgkit.core.ProviderException naming the wrong CorpID or Secret, the untrusted IP or the missing
     *                                          permission
     * @throws io.orgkit.core.ValidationException naming a bad setting
     */
    @Override
    public void verify(ProviderSettings settings) {
        WeComVerifier.verify(WeComConfig.from(settings));
    }

    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        return new WeComDirectory(WeComClient.create(WeComConfig.from(settings)));
    }

    /** WeCom's API-mode callbacks; needs {@link WeCom#CALLBACK_TOKEN} and {@link WeCom#CALLBACK_AES_KEY}. */
    @Override
    public Optional<CallbackDecoder> callbacks() {
        return Optional.of(new WeComCallbacks());
    }

    /** QR-code sign-in through WeCom's web login; needs no setting beyond the organization's own. */
    @Override
    public Optional<LoginProvider> login(ProviderSettings settings) {
        WeComConfig config = WeComConfig.from(settings);
        return Optional.of(new WeComLogin(config, WeComClient.create(config)));
    }
}
