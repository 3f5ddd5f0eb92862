package io.orgkit.core.spi;

import io.orgkit.core.callbacks.CallbackRequest;
import java.time.Instant;

/**
 * Verifies and decodes one HTTP callback of a platform (DingTalk event subscription, WeCom callback, Microsoft
 * Graph change notification) for one organization's settings. It checks the signature, the age of the message and
 * that the message is addressed to this organization, decrypts it, and says what changed; it never writes the store.
 * Core tries the organizations of the provider's type in turn, so a decoder must refuse (not fail) a callback that
 * is not for the given settings.
 */
public interface CallbackDecoder {

    /** How long a callback stays acceptable after the platform sent it (and how long its replay key is kept). */
    default java.time.Duration maxAge() {
        return java.time.Duration.ofMinutes(5);
    }

    /**
     * Decodes {@code request} with {@code settings}.
     *
     * @param now the current time, to refuse old messages
     * @return what the callback says, with the reply the platform expects
     * @throws CallbackRefusedException when the signature does not verify, the message is too old or too far in the
     *                                  future, it is addressed to another organization, or it cannot be decrypted
     */
    CallbackMessage decode(CallbackRequest request, ProviderSettings settings, Instant now);
}
