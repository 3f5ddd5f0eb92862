package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The callback crypto itself is tested in org-provider-support's CallbackCipherTest. */
class WeComXmlTest {
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
