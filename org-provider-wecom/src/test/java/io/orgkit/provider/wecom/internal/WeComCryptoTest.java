package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeComCryptoTest {
    /** The URL-verification example of WeCom's published callback sample (token, key, corp id, query). */
    private static final String TOKEN = "QDG6eK";

    private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP = "wx5823bf96d3bd56c7";
    private static final String ECHO =
            "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

    @Test
    void wecomsPublishedExampleVerifiesAndDecryptsToItsCorpId() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, KEY);

        assertThat(crypto.signature("1409659589", "263014780", ECHO))
                .isEqualTo("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
        WeComCrypto.Opened opened = crypto.decrypt(ECHO);
        assertThat(opened.receiveId()).isEqualTo(CORP);
        assertThat(opened.message()).isEqualTo("1616140317555161061");
    }

    @Test
    void whatItEncryptsItDecryptsAndAnotherKeyDoesNot() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, KEY);
        String text = crypto.encrypt("<xml><a>事件</a></xml>", CORP);

        assertThat(crypto.decrypt(text)).isEqualTo(new WeComCrypto.Opened("<xml><a>事件</a></xml>", CORP));
        WeComCrypto other = new WeComCrypto(TOKEN, "A".repeat(42) + "B");
        assertThatThrownBy(() -> other.decrypt(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crypto.decrypt("x".repeat(WeComCrypto.MAX_ENCRYPTED + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeComCrypto(TOKEN, "short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(crypto.toString()).doesNotContain(KEY).doesNotContain(TOKEN);
    }

    @Test
    void xmlWithADoctypeOrTooManyElementsIsRefused() {
        assertThat(WeComXml.read("<xml><Encrypt><![CDATA[abc]]></Encrypt><A>1</A></xml>"))
                .isEqualTo(Map.of("Encrypt", "abc", "A", "1"));
        assertThatThrownBy(() ->
                        WeComXml.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><A>&e;</A></xml>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeComXml.read("<xml>" + "<A>1</A>".repeat(WeComXml.MAX_ELEMENTS + 1) + "</xml>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeComXml.read("not xml")).isInstanceOf(IllegalArgumentException.class);
    }
}
