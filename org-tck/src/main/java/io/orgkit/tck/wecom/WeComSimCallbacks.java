package io.orgkit.tck.wecom;

import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's side of an app's API receive settings: builds signed, encrypted {@code change_contact} callbacks (an
 * XML body with {@code ToUserName}, {@code AgentID} and {@code Encrypt}; query {@code msg_signature},
 * {@code timestamp} in epoch seconds and {@code nonce}) into an outbox, which a test can drop from, duplicate and
 * shuffle before delivering them to a handler or POSTing them to a URL. Attach it to a simulator with
 * {@link WeComSimulator#callbacks} to queue one per directory change. Written apart from the provider's own
 * crypto, so each checks the other.
 */
public final class WeComSimCallbacks {
    private final String token;
    private final byte[] key;
    private final String corpId;
    private final Clock clock;
    private final Random random;
    private final List<Pending> outbox = new ArrayList<>();
    private long lastCreateTime;

    private record Pending(String message, long sentMillis) {}

    /**
     * @param token  the Token of the API receive settings
     * @param aesKey the 43-character EncodingAESKey
     * @param corpId the CorpID the messages are addressed to (the receive id)
     */
    public WeComSimCallbacks(String token, String aesKey, String corpId, Clock clock, long seed) {
        this.token = token;
        this.key = Base64.getDecoder().decode(aesKey + "=");
        this.corpId = corpId;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /**
     * Queues one {@code change_contact} event: {@code create_user}, {@code update_user}, {@code delete_user} name a
     * userid, {@code create_party}, {@code update_party}, {@code delete_party} a department id.
     */
    public synchronized WeComSimCallbacks event(String changeType, String id) {
        lastCreateTime = Math.max(lastCreateTime + 1, clock.millis() / 1000);
        String idElement =
                changeType.endsWith("_party") ? "<Id>" + id + "</Id>" : "<UserID><![CDATA[" + id + "]]></UserID>";
        String xml = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName>"
                + "<FromUserName><![CDATA[sys]]></FromUserName><CreateTime>" + lastCreateTime + "</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>"
                + "<ChangeType>" + changeType + "</ChangeType>" + idElement + "</xml>";
        outbox.add(new Pending(xml, clock.millis()));
        return this;
    }

    /** WeCom's URL check when the API receive settings are saved: a GET with {@code echostr}. */
    public CallbackRequest urlCheck(String echo) {
        return urlCheck(echo, clock.millis(), corpId);
    }

    /** A URL check with {@code echo} encrypted for {@code receiver}, sent at {@code sentMillis}. */
    public CallbackRequest urlCheck(String echo, long sentMillis, String receiver) {
        String encrypt = encrypt(echo, receiver);
        String timestamp = Long.toString(sentMillis / 1000);
        String nonce = nonce();
        return CallbackRequest.of(
                Map.of(
                        "msg_signature", signature(timestamp, nonce, encrypt),
                        "timestamp", timestamp,
                        "nonce", nonce,
                        "echostr", encrypt),
                "");
    }

    /** A POST callback for {@code message} (the event XML), sent at {@code sentMillis}, for {@code receiver}. */
    public CallbackRequest request(String message, long sentMillis, String receiver) {
        return request(message, sentMillis, receiver, nonce());
    }

    /** As {@link #request(String, long, String)} with a chosen nonce (a replay). */
    public CallbackRequest request(String message, long sentMillis, String receiver, String nonce) {
        String encrypt = encrypt(message, receiver);
        String timestamp = Long.toString(sentMillis / 1000);
        return CallbackRequest.of(
                Map.of("msg_signature", signature(timestamp, nonce, encrypt), "timestamp", timestamp, "nonce", nonce),
                body(encrypt));
    }

    static String body(String encrypt) {
        return "<xml><ToUserName><![CDATA[toUser]]></ToUserName><AgentID><![CDATA[toAgentID]]></AgentID>"
                + "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
    }

    private String nonce() {
        return Long.toString(Math.abs(random.nextLong() % 10_000_000_000L));
    }

    /** Drops each queued callback with probability {@code share}; returns how many were dropped. */
    public synchronized int drop(double share) {
        int before = outbox.size();
        outbox.removeIf(r -> random.nextDouble() < share);
        return before - outbox.size();
    }

    /** Queues a second copy of each callback with probability {@code share} (a fresh nonce, as a resend has). */
    public synchronized void duplicate(double share) {
        for (Pending r : List.copyOf(outbox)) {
            if (random.nextDouble() < share) {
                outbox.add(r);
            }
        }
    }

    /** Shuffles the queued callbacks. */
    public synchronized void reorder() {
        Collections.shuffle(outbox, random);
    }

    /** How many callbacks are queued, not yet delivered. */
    public synchronized int queued() {
        return outbox.size();
    }

    /** Delivers (each signed and encrypted afresh) and empties the queue; returns the handler's answers in order. */
    public synchronized List<CallbackResponse> deliver(Function<CallbackRequest, CallbackResponse> handler) {
        List<CallbackResponse> answers = new ArrayList<>();
        outbox.forEach(p -> answers.add(handler.apply(request(p.message(), p.sentMillis(), corpId))));
        outbox.clear();
        return answers;
    }

    /**
     * Delivers as WeCom does, an HTTP POST of the XML body to {@code url} with the query parameters, and empties
     * the queue; returns each answer's status and body.
     */
    public synchronized List<String> deliverTo(URI url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> answers = new ArrayList<>();
        for (Pending p : outbox) {
            CallbackRequest r = request(p.message(), p.sentMillis(), corpId);
            StringBuilder query = new StringBuilder();
            r.query()
                    .forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
                            .append(k)
                            .append('=')
                            .append(URLEncoder.encode(v.get(0), StandardCharsets.UTF_8)));
            HttpRequest post = HttpRequest.newBuilder(url.resolve(url.getPath() + query))
                    .header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(r.body()))
                    .build();
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            answers.add(answer.statusCode() + " " + answer.body());
        }
        outbox.clear();
        return answers;
    }

    String signature(String timestamp, String nonce, String encrypt) {
        String[] parts = {token, timestamp, nonce, encrypt};
        Arrays.sort(parts);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String encrypt(String message, String receiver) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiverBytes = receiver.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = new byte[16];
        random.nextBytes(prefix);
        int size = 20 + msg.length + receiverBytes.length;
        int pad = 32 - size % 32;
        ByteBuffer plain = ByteBuffer.allocate(size + pad)
                .put(prefix)
                .putInt(msg.length)
                .put(msg)
                .put(receiverBytes);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(c.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
