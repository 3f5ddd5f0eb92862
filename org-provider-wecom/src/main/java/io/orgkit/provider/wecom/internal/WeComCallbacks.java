package io.orgkit.provider.wecom.internal;

import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.CallbackRefusedException;
import io.orgkit.core.spi.CallbackRefusedException.Reason;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.CallbackCipher;
import io.orgkit.provider.wecom.WeCom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * WeCom's callbacks (接收事件, API mode). The query carries {@code msg_signature}, {@code timestamp} (epoch seconds)
 * and {@code nonce}. WeCom checks the URL with a GET that adds {@code echostr} (encrypted); the answer is its
 * plain text. Events are POSTed as XML whose {@code Encrypt} element holds the encrypted event XML; the answer is
 * {@code success}. A callback is accepted when the signature verifies with the organization's callback token, the
 * timestamp is within {@link #maxAge()} of now, it decrypts with the organization's EncodingAESKey and its
 * receive id is the organization's CorpID. The nonce is the replay key: a nonce seen within twice
 * {@link #maxAge()} is refused (core keeps it in the store's single-use table, for every instance).
 */
public final class WeComCallbacks implements CallbackDecoder {
    /** The largest POST body read (WeCom's contact events are well under 2 KiB). */
    static final int MAX_BODY = 16 * 1024;

    private static final CallbackResponse SUCCESS = CallbackResponse.text(200, "success");

    @Override
    public Duration maxAge() {
        return Duration.ofMinutes(5);
    }

    @Override
    public CallbackMessage decode(CallbackRequest request, ProviderSettings settings, Instant now) {
        Secret token = settings.secrets().get(WeCom.CALLBACK_TOKEN);
        Secret aesKey = settings.secrets().get(WeCom.CALLBACK_AES_KEY);
        if (token == null || aesKey == null || aesKey.reveal().length() != 43) {
            throw new CallbackRefusedException(
                    Reason.UNKNOWN_ORGANIZATION, "the organization has no callback (API receive) settings");
        }
        CallbackCipher crypto;
        try {
            crypto = new CallbackCipher(token.reveal(), aesKey.reveal(), CallbackCipher.DEFAULT_MAX_ENCRYPTED);
        } catch (IllegalArgumentException e) {
            throw new CallbackRefusedException(
                    Reason.UNKNOWN_ORGANIZATION, "the organization's EncodingAESKey is not Base64");
        }
        String signature = param(request, "msg_signature");
        String timestamp = param(request, "timestamp");
        String nonce = param(request, "nonce");
        boolean urlCheck = request.param("echostr").isPresent() && request.body().length == 0;
        String encrypted = urlCheck ? bounded(request.param("echostr").orElse("")) : encrypted(request);
        if (!crypto.verifies(signature, timestamp, nonce, encrypted)) {
            throw new CallbackRefusedException(Reason.SIGNATURE, "the signature does not verify");
        }
        checkAge(timestamp, now);
        CallbackCipher.Opened opened = open(crypto, encrypted);
        String corpId = settings.optionalValue(WeCom.CORP_ID).orElse("");
        if (!opened.receiveId().equals(corpId)) {
            throw new CallbackRefusedException(Reason.OTHER_ORGANIZATION, "the message is for another corp");
        }
        String replayKey = "nonce:" + nonce;
        if (urlCheck) {
            return new CallbackMessage(
                    replayKey,
                    "url_check",
                    List.of(),
                    List.of(),
                    List.of(),
                    0,
                    CallbackResponse.text(200, opened.message()));
        }
        return WeComEvents.read(xml(opened.message()), replayKey, SUCCESS);
    }

    private static String param(CallbackRequest request, String name) {
        String v = request.param(name).orElse("");
        if (v.isEmpty() || v.length() > 100) {
            throw new CallbackRefusedException(Reason.MALFORMED, "query parameter " + name + " is missing or too long");
        }
        return v;
    }

    private static String bounded(String encrypted) {
        if (encrypted.isEmpty() || encrypted.length() > CallbackCipher.DEFAULT_MAX_ENCRYPTED) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the encrypted text is missing or too long");
        }
        return encrypted;
    }

    private static String encrypted(CallbackRequest request) {
        if (request.body().length > MAX_BODY) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the body is larger than " + MAX_BODY + " bytes");
        }
        return bounded(xml(request.bodyText()).getOrDefault("Encrypt", ""));
    }

    private void checkAge(String timestamp, Instant now) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the timestamp is not a number");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > maxAge().toSeconds()) {
            throw new CallbackRefusedException(
                    Reason.STALE, "the timestamp is more than " + maxAge().toMinutes() + " minutes from now");
        }
    }

    private static CallbackCipher.Opened open(CallbackCipher crypto, String encrypted) {
        try {
            return crypto.decrypt(encrypted);
        } catch (IllegalArgumentException e) {
            throw new CallbackRefusedException(
                    Reason.UNDECRYPTABLE, "the message does not decrypt with the EncodingAESKey");
        }
    }

    private static Map<String, String> xml(String text) {
        try {
            return WeComXml.read(text);
        } catch (IllegalArgumentException e) {
            throw new CallbackRefusedException(Reason.MALFORMED, "the body is not WeCom's XML");
        }
    }
}
