package io.orgkit.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * One organization type that is synced from a platform (DingTalk, WeCom, Teams, or a plug-in).
 * Found by {@link java.util.ServiceLoader} as a convenience; explicit registration through
 * {@code OrganizationService.builder().provider(...)} always works and wins. Providers are
 * deduplicated by {@link #type()}.
 */
public interface OrganizationProvider {

    /** The organization type, lower case, e.g. {@code dingtalk}. */
    String type();

    /** A name for people, e.g. "DingTalk". */
    String displayName();

    /** The settings an organization of this type needs. Core refuses missing required ones before calling the provider. */
    List<CredentialField> credentialFields();

    /**
     * Checks the settings against the platform: the credentials work and the app holds the permissions a sync
     * needs. Throws {@link io.orgkit.core.ProviderException} naming the wrong field or the missing permission.
     */
    void verify(ProviderSettings settings);

    /** Opens a reader of the organization's remote directory. */
    DirectorySource openDirectory(ProviderSettings settings);

    /** Member sign-in with the platform, if the platform offers it. */
    default Optional<LoginProvider> login(ProviderSettings settings) {
        return Optional.empty();
    }

    /**
     * Decodes the platform's HTTP callbacks (event subscriptions), if the platform sends them. Core routes each
     * callback to the organization whose settings verify it.
     */
    default Optional<CallbackDecoder> callbacks() {
        return Optional.empty();
    }
}
