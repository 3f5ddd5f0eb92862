package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.CallbackRefusedException;
import io.orgkit.core.spi.CallbackRefusedException.Reason;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.support.CallbackCipher;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DingTalk's HTTP event subscription: query {@code msg_signature} (or {@code signature}), {@code timestamp} (or
 * {@code timeStamp}, epoch milliseconds) and {@code nonce}; body {@code {"encrypt": "..."}}. A callback is accepted
 * when the signature verifies with the organization's callback token, the timestamp is within
 * {@link #maxAge()} of now, it decrypts with the organization's aes key and names its CorpID or AppKey. The reply
 * is the encrypted {@code success} DingTalk expects (also for {@code check_url}).
 */
public final class DingTalkCallbacks implements CallbackDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Override
    public Duration maxAge() {
        return Duration.ofMinutes(5);
    }

    @Override
    public CallbackMessage decode(CallbackRequest request, ProviderSettings settings, Instant now) {
        Secret token = settings.secrets().get(DingTalk.CALLBACK_TOKEN);
        Secret aesKey = settings.secrets().get(DingTalk.CALLBACK_AES_KEY);
        if (token == null || aesKey == null || aesKey.reveal().length() != 43) {
            throw new CallbackRefusedException(
                    Reason.UNKNOWN_ORGANIZATION, "the organization has no event" + " subscription settings");
        }
        // No bound on the encrypted text here yet (as before the crypto moved to org-provider-support).
        CallbackCipher crypto = new CallbackCipher(token.reveal(), aesKey.reveal(), Integer.MAX_VALUE);
        String signature = param(request, "msg_signature", "signature");
        String timestamp = param(request, "timestamp", "timeStamp");
        String nonce = param(request, "nonce", "nonce");
        String encrypted = encrypted(request);
        if (!crypto.verifies(signature, timestamp, nonce, encrypted)) {
            throw new CallbackRefusedException(Reason.SIGNATURE, "the signature does not verify");
        }
        checkAge(timestamp, now);
        CallbackCipher.Opened opened = open(crypto, encrypted);
        String corpId = settings.optionalValue(DingTalk.CORP_ID).orElse("");
        String appKey = settings.optionalValue(DingTalk.APP_KEY).orElse("");
        if (!opened.receiveId().equals(corpId) && !opened.receiveId().equals(appKey)) {
            throw new CallbackRefusedException(Reason.OTHER_ORGANIZATION, "the message is for another corp or app");
        }
        return DingTalkEvents.read(parse(opened.message()), signature, reply(crypto, opened.receiveId(), now));
    }

    private static String param(CallbackRequest request, String name, String alternative) {
        String v = request.param(name).or(() -> request.param(alternative)).orElse("");
        if (v.isEmpty() || v.length() > 100) {
            throw new CallbackRefusedException(Reason.MALFORMED, "query parameter " + name + " is missing or too long");
        }
        return v;
    }

    private static String encrypted(CallbackRequest request) {
        String text = parse(request.bodyText()).path("encrypt").asText("");
        if (text.isEmpty()) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the body has no 'encrypt' field");
        }
        return text;
    }

    private void checkAge(String timestamp, Instant now) {
        long millis;
        try {
            millis = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the timestamp is not a number");
        }
        if (Math.abs(now.toEpochMilli() - millis) > maxAge().toMillis()) {
            throw new CallbackRefusedException(
                    Reason.STALE, "the timestamp is more than " + maxAge().toMinutes() + " minutes from now");
        }
    }

    private static CallbackCipher.Opened open(CallbackCipher crypto, String encrypted) {
        try {
            return crypto.decrypt(encrypted);
        } catch (IllegalArgumentException e) {
            throw new CallbackRefusedException(Reason.UNDECRYPTABLE, "the message does not decrypt with the aes key");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the body is not JSON");
        }
    }

    /** The encrypted "success" with its own signature, timestamp and nonce. */
    static CallbackResponse reply(CallbackCipher crypto, String ownerKey, Instant now) {
        String encrypt = crypto.encrypt("success", ownerKey);
        String timestamp = Long.toString(now.toEpochMilli());
        String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("msg_signature", crypto.signature(timestamp, nonce, encrypt));
        body.put("timeStamp", timestamp);
        body.put("nonce", nonce);
        body.put("encrypt", encrypt);
        try {
            return CallbackResponse.json(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
