package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CallbackCipherTest {
    /** The URL-verification example of WeCom's published callback sample (token, key, corp id, query). */
    private static final String TOKEN = "QDG6eK";

    private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP = "wx5823bf96d3bd56c7";
    private static final String ECHO =
            "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

    /** A DingTalk-style event subscription: JSON message, addressed to an app's AppKey. */
    private static final String DING_TOKEN = "ding-token";

    private static final String DING_KEY = "o1w0aum42yaptlz8alnxwf8ac1cv2lvjsepz7dmcfmu";
    private static final String APP_KEY = "dingappkey123";

    @Test
    void wecomsPublishedExampleVerifiesAndDecryptsToItsCorpId() {
        CallbackCipher cipher = new CallbackCipher(TOKEN, KEY, CallbackCipher.DEFAULT_MAX_ENCRYPTED);

        assertThat(cipher.signature("1409659589", "263014780", ECHO))
                .isEqualTo("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
        assertThat(cipher.verifies("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", ECHO))
                .isTrue();
        assertThat(cipher.verifies("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4", "1409659589", "263014780", ECHO))
                .isFalse();
        CallbackCipher.Opened opened = cipher.decrypt(ECHO);
        assertThat(opened.receiveId()).isEqualTo(CORP);
        assertThat(opened.message()).isEqualTo("1616140317555161061");
    }

    @Test
    void whatItEncryptsItDecryptsAndAnotherKeyDoesNot() {
        CallbackCipher cipher = new CallbackCipher(TOKEN, KEY, CallbackCipher.DEFAULT_MAX_ENCRYPTED);
        String text = cipher.encrypt("<xml><a>事件</a></xml>", CORP);

        assertThat(cipher.decrypt(text)).isEqualTo(new CallbackCipher.Opened("<xml><a>事件</a></xml>", CORP));
        CallbackCipher other = new CallbackCipher(TOKEN, "A".repeat(42) + "B", CallbackCipher.DEFAULT_MAX_ENCRYPTED);
        assertThatThrownBy(() -> other.decrypt(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("x".repeat(CallbackCipher.DEFAULT_MAX_ENCRYPTED + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("too long");
        assertThatThrownBy(() -> cipher.decrypt("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackCipher(TOKEN, "short", CallbackCipher.DEFAULT_MAX_ENCRYPTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackCipher(TOKEN, KEY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain(KEY).doesNotContain(TOKEN);
    }

    @Test
    void aDingTalkEventToItsAppKeyRoundTripsAndTheBoundIsTheCallersChoice() {
        CallbackCipher cipher = new CallbackCipher(DING_TOKEN, DING_KEY, Integer.MAX_VALUE);
        String event = "{\"EventType\":\"user_add_org\",\"UserId\":[\"u1\"],\"pad\":\"" + "x".repeat(20_000) + "\"}";
        String text = cipher.encrypt(event, APP_KEY);

        assertThat(text.length()).isGreaterThan(CallbackCipher.DEFAULT_MAX_ENCRYPTED);
        assertThat(cipher.decrypt(text)).isEqualTo(new CallbackCipher.Opened(event, APP_KEY));
        assertThat(cipher.verifies(cipher.signature("1690000000000", "n1", text), "1690000000000", "n1", text))
                .isTrue();
        CallbackCipher bounded = new CallbackCipher(DING_TOKEN, DING_KEY, CallbackCipher.DEFAULT_MAX_ENCRYPTED);
        assertThatThrownBy(() -> bounded.decrypt(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentPaddingBytesAreRefused() throws Exception {
        // 16 random + length 2 + "hi" + "c" = 23 bytes; 9 bytes of padding, one of them wrong.
        ByteBuffer plain =
                ByteBuffer.allocate(32).put(new byte[16]).putInt(2).put("hic".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 9; i++) {
            plain.put((byte) (i == 0 ? 8 : 9));
        }
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        String text = Base64.getEncoder().encodeToString(aes.doFinal(plain.array()));
        CallbackCipher cipher = new CallbackCipher(TOKEN, KEY, CallbackCipher.DEFAULT_MAX_ENCRYPTED);

        assertThatThrownBy(() -> cipher.decrypt(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad padding");
    }
}
