package io.orgkit.provider.acme;

import io.orgkit.core.OrgKitException;
import io.orgkit.provider.acme.internal.AcmeClient;
import io.orgkit.provider.support.archfixture.RetryKit;

/** Keeps to the provider rule: core's API, the provider support kit and its own packages. */
public final class AcmeProviderUsingSupport {
    private final RetryKit retry = new RetryKit();
    private final AcmeClient client = new AcmeClient();

    Object[] parts() {
        return new Object[] {retry, client, OrgKitException.class};
    }
}
