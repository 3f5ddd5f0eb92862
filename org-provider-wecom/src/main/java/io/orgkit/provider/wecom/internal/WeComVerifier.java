package io.orgkit.provider.wecom.internal;

import io.orgkit.provider.wecom.WeComConfig;

/** Checks an organization's settings against WeCom when it is created. */
public final class WeComVerifier {
    private WeComVerifier() {}

    /**
     * Token, then one department read: a wrong CorpID or Secret, a server IP not trusted, or an app that cannot
     * see the contacts is refused, named.
     *
     * @param config the settings to check
     * @throws io.orgkit.core.ProviderException naming what to fix
     */
    public static void verify(WeComConfig config) {
        try (WeComDirectory directory = new WeComDirectory(WeComClient.create(config))) {
            directory.verify();
        }
    }
}
