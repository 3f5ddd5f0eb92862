package io.orgkit.provider.dingtalk;

import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.provider.dingtalk.internal.DingTalkCallbacks;
import io.orgkit.provider.dingtalk.internal.DingTalkClient;
import io.orgkit.provider.dingtalk.internal.DingTalkDirectory;
import io.orgkit.provider.dingtalk.internal.DingTalkLogin;
import io.orgkit.provider.dingtalk.internal.DingTalkVerifier;
import java.util.List;
import java.util.Optional;

/**
 * Organizations synced from DingTalk through an internal (self-built) app. Found by {@link java.util.ServiceLoader};
 * or register it with {@code OrganizationService.builder().provider(new DingTalkProvider())}.
 */
public final class DingTalkProvider implements OrganizationProvider {

    @Override
    public String type() {
        return DingTalk.TYPE;
    }

    @Override
    public String displayName() {
        return "DingTalk";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(
                CredentialField.required(DingTalk.CORP_ID, "CorpID"),
                CredentialField.required(DingTalk.AGENT_ID, "AgentID"),
                CredentialField.required(DingTalk.APP_KEY, "AppKey"),
                CredentialField.secret(DingTalk.APP_SECRET, "AppSecret"));
    }

    /** Fetches a token and reads one department list and one user: 3 calls. */
    @Override
    public void verify(ProviderSettings settings) {
        DingTalkVerifier.verify(DingTalkConfig.from(settings));
    }

    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        return new DingTalkDirectory(DingTalkClient.create(DingTalkConfig.from(settings)));
    }

    /** DingTalk's HTTP event subscription; needs {@link DingTalk#CALLBACK_TOKEN} and {@link DingTalk#CALLBACK_AES_KEY}. */
    @Override
    public Optional<CallbackDecoder> callbacks() {
        return Optional.of(new DingTalkCallbacks());
    }

    /** QR-code sign-in through DingTalk's login page; needs no setting beyond the organization's own. */
    @Override
    public Optional<LoginProvider> login(ProviderSettings settings) {
        DingTalkConfig config = DingTalkConfig.from(settings);
        return Optional.of(new DingTalkLogin(config, DingTalkClient.create(config)));
    }
}
