package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
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
 * DingTalk's side of an HTTP event subscription: builds signed, encrypted event callbacks (as DingTalk posts them,
 * with {@code msg_signature}, {@code timestamp}, {@code nonce} and {@code {"encrypt": ...}}) into an outbox, which a
 * test can drop from, duplicate and shuffle before delivering them to a handler (e.g. {@code orgs.callbacks()}).
 * Written apart from the provider's own crypto, so each checks the other.
 */
public final class SimCallbacks {
    private final String token;
    private final byte[] key;
    private final String ownerKey;
    private final Clock clock;
    private final Random random;
    private final List<Pending> outbox = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private long lastTime;

    /**
     * @param token    the subscription's token
     * @param aesKey   the 43-character EncodingAESKey
     * @param ownerKey the CorpID or AppKey the messages are addressed to
     */
    public SimCallbacks(String token, String aesKey, String ownerKey, Clock clock, long seed) {
        this.token = token;
        this.key = Base64.getDecoder().decode(aesKey + "=");
        this.ownerKey = ownerKey;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** Queues one event ({@code user_add_org}, {@code org_dept_remove}, ...) naming users or departments. */
    public synchronized SimCallbacks event(String type, List<String> userIds, List<Long> deptIds) {
        ObjectNode e = json.createObjectNode().put("EventType", type).put("TimeStamp", nextTime());
        userIds.forEach(e.withArray("UserId")::add);
        deptIds.forEach(e.withArray("DeptId")::add);
        outbox.add(new Pending(e.toString(), clock.millis()));
        return this;
    }

    private record Pending(String message, long sentMillis) {}

    /** DingTalk's URL check when the subscription is saved in the developer console. */
    public CallbackRequest checkUrl() {
        return request("{\"EventType\":\"check_url\"}", clock.millis(), ownerKey);
    }

    /** A callback for {@code message}, sent at {@code sentMillis}, addressed to {@code owner}. */
    public CallbackRequest request(String message, long sentMillis, String owner) {
        String encrypt = encrypt(message, owner);
        String timestamp = Long.toString(sentMillis);
        String nonce = Long.toString(Math.abs(random.nextLong()), 36);
        return CallbackRequest.of(
                Map.of("msg_signature", signature(timestamp, nonce, encrypt), "timestamp", timestamp, "nonce", nonce),
                "{\"encrypt\":\"" + encrypt + "\"}");
    }

    private long nextTime() {
        lastTime = Math.max(lastTime + 1, clock.millis());
        return lastTime;
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

    /** Delivers (each signed and encrypted afresh, with its own nonce) and empties the queue; returns the handler's answers in order. */
    public synchronized List<CallbackResponse> deliver(Function<CallbackRequest, CallbackResponse> handler) {
        List<CallbackResponse> answers = new ArrayList<>();
        outbox.forEach(p -> answers.add(handler.apply(request(p.message(), p.sentMillis(), ownerKey))));
        outbox.clear();
        return answers;
    }

    /**
     * Delivers (as DingTalk does: an HTTP POST of the JSON body to {@code url} with the query parameters) and empties
     * the queue; returns the HTTP status of each answer.
     */
    public synchronized List<Integer> deliverTo(java.net.URI url) throws java.io.IOException, InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (Pending p : outbox) {
            CallbackRequest r = request(p.message(), p.sentMillis(), ownerKey);
            StringBuilder query = new StringBuilder();
            r.query()
                    .forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
                            .append(k)
                            .append('=')
                            .append(java.net.URLEncoder.encode(v.get(0), StandardCharsets.UTF_8)));
            java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(url.resolve(url.getPath() + query))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(r.body()))
                    .build();
            statuses.add(http.send(post, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        outbox.clear();
        return statuses;
    }

    /** {@return callbacks queued and not yet delivered} */
    public synchronized int queued() {
        return outbox.size();
    }

    /** The plain text of an encrypted reply ({@code success} is what DingTalk expects), after checking its signature. */
    public String openReply(String replyJson) throws java.io.IOException {
        var node = json.readTree(replyJson);
        String encrypt = node.path("encrypt").asText();
        if (!signature(node.path("timeStamp").asText(), node.path("nonce").asText(), encrypt)
                .equals(node.path("msg_signature").asText())) {
            throw new IllegalStateException("the reply's signature does not verify");
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(encrypt));
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        return new String(plain, 20, length, StandardCharsets.UTF_8);
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

    private String encrypt(String message, String owner) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] ownerBytes = owner.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = new byte[16];
        random.nextBytes(prefix);
        int size = 20 + msg.length + ownerBytes.length;
        int pad = 32 - size % 32;
        ByteBuffer plain = ByteBuffer.allocate(size + pad)
                .put(prefix)
                .putInt(msg.length)
                .put(msg)
                .put(ownerBytes);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, plain.array()));
    }

    private byte[] aes(int mode, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
