package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.internal.AesGcmSecretCipher;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void theCipherRoundTripsAndNeverRepeatsACiphertext() {
        AesGcmSecretCipher cipher = AesGcmSecretCipher.fromPassphrase("a-long-enough-passphrase");
        String a = cipher.encrypt("app-secret-1");
        String b = cipher.encrypt("app-secret-1");
        assertThat(a).isNotEqualTo(b).doesNotContain("app-secret-1");
        assertThat(cipher.decrypt(a)).isEqualTo("app-secret-1");
    }

    @Test
    void aWrongKeyOrTamperedTextIsRefusedWithoutShowingAnything() {
        String sealed =
                AesGcmSecretCipher.fromPassphrase("a-long-enough-passphrase").encrypt("app-secret-1");
        AesGcmSecretCipher other = AesGcmSecretCipher.fromPassphrase("another-long-passphrase");
        assertThatThrownBy(() -> other.decrypt(sealed))
                .isInstanceOf(OrgKitException.class)
                .hasMessageContaining("previousSecretKeys")
                .hasMessageNotContaining("app-secret-1");
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "B=" : "A=");
        assertThatThrownBy(() -> AesGcmSecretCipher.fromPassphrase("a-long-enough-passphrase")
                        .decrypt(tampered))
                .isInstanceOf(OrgKitException.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> AesGcmSecretCipher.fromPassphrase("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16");
    }

    @Test
    void secretsNeverShowInToString() {
        ProviderSettings s = new ProviderSettings(Map.of("appKey", "k"), Map.of("appSecret", Secret.of("s3cr3t")));
        assertThat(s.toString()).contains("appKey=k").contains("appSecret").doesNotContain("s3cr3t");
        assertThat(Secret.of("s3cr3t").toString()).isEqualTo("******");
        assertThatThrownBy(() -> s.secret("other"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("other");
    }
}
