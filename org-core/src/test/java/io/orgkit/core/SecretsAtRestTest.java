package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.internal.AesGcmSecretCipher;
import io.orgkit.core.internal.Hkdf;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretsAtRestTest {
    private static final String KEY_1 = "first-secret-key-0123456789";
    private static final String KEY_2 = "second-secret-key-9876543210";
    private static final String TOKEN = "t0ken-s3cr3t-value";
    private final OrgStore store = new InMemoryStore();
    private final RecordingProvider provider = new RecordingProvider();

    private OrganizationService service(String key, String... previous) {
        return OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .discoverProviders(false)
                .provider(provider)
                .secretKey(key)
                .previousSecretKeys(previous)
                .build();
    }

    private static NewOrganization spec(String name, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(extra);
        settings.put("tenant", "acme");
        return NewOrganization.synced("rec", name, settings, Map.of("token", Secret.of(TOKEN)));
    }

    private String record(Org org) {
        return store.read(s -> s.attribute(org.id(), "provider.secrets")).orElseThrow();
    }

    private void putRecord(Org org, String value) {
        store.write(s -> {
            s.putAttribute(org.id(), "provider.secrets", value);
            return null;
        });
    }

    private void putSettings(Org org, Map<String, String> settings) {
        store.write(s -> {
            s.updateOrganization(io.orgkit.core.internal.OrganizationCopies.configured(
                    s.organization(org.id()).orElseThrow(), settings));
            return null;
        });
    }

    @Test
    void hkdfSha256MatchesTheRfc5869TestVectors() {
        HexFormat hex = HexFormat.of();
        byte[] ikm = hex.parseHex("0b".repeat(22));
        assertThat(hex.formatHex(Hkdf.sha256(
                        ikm, hex.parseHex("000102030405060708090a0b0c"), hex.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5" + "db02d56ecc4c5bf34007208d5b887185865");
        assertThat(hex.formatHex(Hkdf.sha256(ikm, new byte[0], new byte[0], 42)))
                .isEqualTo("8da4e775a563c18f715f802a063c" + "5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void eachCiphertextNamesItsKeyIdAndOpensOnlyWithTheContextItWasSealedFor() {
        AesGcmSecretCipher cipher = AesGcmSecretCipher.fromPassphrase(KEY_1);
        String sealed = cipher.encrypt(TOKEN, "org=a\nfield=secret:token");

        assertThat(sealed).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain(TOKEN);
        assertThat(cipher.currentKeyId())
                .hasSize(12)
                .isNotEqualTo(AesGcmSecretCipher.fromPassphrase(KEY_2).currentKeyId());
        assertThat(cipher.decrypt(sealed, "org=a\nfield=secret:token")).isEqualTo(TOKEN);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "org=b\nfield=secret:token"))
                .isInstanceOf(OrgKitException.class)
                .hasMessageContaining("copied from another organization or field")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> AesGcmSecretCipher.fromPassphrase(KEY_2).decrypt(sealed, "org=a\nfield=secret:token"))
                .isInstanceOf(OrgKitException.class)
                .hasMessageContaining("previousSecretKeys");
    }

    @Test
    void aCustomCipherWithoutAssociatedDataStillGetsTheBindingFromTheDefaultMethods() {
        io.orgkit.core.spi.SecretCipher plain = new io.orgkit.core.spi.SecretCipher() {
            private final AesGcmSecretCipher inner = AesGcmSecretCipher.fromPassphrase(KEY_1);

            @Override
            public String encrypt(String plaintext) {
                return inner.encrypt(plaintext);
            }

            @Override
            public String decrypt(String ciphertext) {
                return inner.decrypt(ciphertext);
            }
        };
        String sealed = plain.encrypt(TOKEN, "org=a\nfield=x");

        assertThat(plain.decrypt(sealed, "org=a\nfield=x")).isEqualTo(TOKEN);
        assertThatThrownBy(() -> plain.decrypt(sealed, "org=b\nfield=x"))
                .isInstanceOf(OrgKitException.class)
                .hasMessageContaining("another organization or field");
    }

    @Test
    void aSecretCopiedIntoAnotherOrganizationIsRefusedAndNothingIsSent() {
        OrganizationService orgs = service(KEY_1);
        Org a = orgs.create(spec("A", Map.of()));
        Org b = orgs.create(spec("B", Map.of()));
        putRecord(b, record(a));

        assertThatThrownBy(() -> b.sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("'B'")
                .hasMessageNotContaining(TOKEN);
        assertThat(provider.opened).isEmpty();
        a.sync().run();
        assertThat(provider.opened).hasSize(1);
    }

    @Test
    void aSecretCopiedIntoAnotherFieldIsRefused() {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of()));
        String sealedToken = record(org).replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        putRecord(org, record(org).replace("\"token\":", "\"other\":\"" + sealedToken + "\",\"token\":"));

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("secret:other");
        assertThat(provider.opened).isEmpty();
    }

    @Test
    void aSettingChangedDirectlyInTheStoreIsRefusedBeforeAnythingIsSent() {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of("baseUrl", "https://api.example.com")));
        putSettings(org, Map.of("tenant", "acme", "baseUrl", "https://attacker.example"));

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("differ from their sealed copy")
                .hasMessageContaining("baseUrl")
                .hasMessageNotContaining("attacker");
        assertThat(provider.opened).isEmpty();
        store.write(s -> {
            s.putAttribute(org.id(), "provider.secrets", null);
            return null;
        });
        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("not sealed");
        assertThat(provider.opened).isEmpty();
    }

    @Test
    void plainHttpUrlsAreRefusedExceptForLoopback() {
        OrganizationService orgs = service(KEY_1);

        assertThatThrownBy(() -> orgs.create(spec("A", Map.of("baseUrl", "http://api.example.com"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageContaining("https");
        assertThatThrownBy(() -> orgs.create(spec("A", Map.of("loginUrl", "HTTP://127.0.0.1.example.com/"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("loginUrl");
        assertThatThrownBy(() -> orgs.create(spec("A", Map.of("apiUrl", "http://128.0.0.1/"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("apiUrl");
        assertThat(provider.verified).isEmpty();
        for (String loopback : new String[] {
            "http://127.0.0.1:8080",
            "http://127.9.8.7/x",
            "http://[::1]:9000",
            "http://localhost:1234",
            "https://anything.example"
        }) {
            orgs.create(spec("A", Map.of("baseUrl", loopback)));
        }
        assertThat(orgs.list()).hasSize(5);
    }

    @Test
    void plainHttpCanBeAllowedByTheServiceOrByTheOrganizationsOwnSealedSetting() {
        OrganizationService strict = service(KEY_1);
        OrganizationService lax = OrganizationService.builder()
                .store(store)
                .discoverProviders(false)
                .provider(provider)
                .secretKey(KEY_1)
                .allowInsecureHttp(true)
                .build();

        lax.create(spec("Lax", Map.of("baseUrl", "http://intranet.example")));
        Org allowed = strict.create(spec(
                "Own", Map.of("baseUrl", "http://intranet.example", ProviderSettings.ALLOW_INSECURE_HTTP, "true")));
        allowed.sync().run();

        assertThat(provider.opened).hasSize(1);
        Org laxOrg = strict.org(lax.list().get(0).id());
        assertThatThrownBy(() -> laxOrg.sync().run())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("baseUrl");
        assertThat(provider.opened).hasSize(1);
    }

    @Test
    void rotatingTheKeyKeepsOldDataReadableAndReencryptSecretsMovesEverythingToTheNewKey() {
        Org a = service(KEY_1).create(spec("A", Map.of()));
        service(KEY_1).create(spec("B", Map.of()));
        String oldId = AesGcmSecretCipher.fromPassphrase(KEY_1).currentKeyId();
        String newId = AesGcmSecretCipher.fromPassphrase(KEY_2).currentKeyId();

        OrganizationService rotating = service(KEY_2, KEY_1);
        rotating.org(a.id()).sync().run();
        assertThat(record(a)).contains(oldId);
        assertThat(rotating.reencryptSecrets()).isEqualTo(2);

        assertThat(record(a)).contains(newId).doesNotContain(oldId);
        service(KEY_2).org(a.id()).sync().run();
        assertThat(provider.opened).extracting(s -> s.secret("token").reveal()).containsOnly(TOKEN);
        assertThatThrownBy(() -> service(KEY_1).org(a.id()).sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining(newId)
                .hasMessageContaining("previousSecretKeys");
    }

    @Test
    void secretsStoredInTheOldFormatAreStillReadAndUpgradedByReencryptSecrets() throws Exception {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of()));
        putRecord(org, legacyV1(KEY_1, "{\"token\":\"" + TOKEN + "\"}"));

        org.sync().run();
        assertThat(provider.opened.get(0).secret("token").reveal()).isEqualTo(TOKEN);
        assertThat(service(KEY_2, KEY_1).reencryptSecrets()).isEqualTo(1);

        assertThat(record(org)).startsWith("{").contains("\"format\":2");
        service(KEY_2).org(org.id()).sync().run();
        assertThat(provider.opened.get(1).secret("token").reveal()).isEqualTo(TOKEN);
    }

    @Test
    void anOldFormatValueIsNotAcceptedWhereABoundOneBelongs() throws Exception {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of()));
        putRecord(org, record(org).replaceAll("\"token\":\"[^\"]+\"", "\"token\":\"" + legacyV1(KEY_1, TOKEN) + "\""));

        assertThatThrownBy(() -> org.sync().run())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("old unbound format");
    }

    /** What OrgKit 0.1 stored: v1: + base64(nonce | AES-GCM(SHA-256(key)) without associated data). */
    static String legacyV1(String key, String plaintext) throws Exception {
        byte[] k = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, nonce));
        byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return "v1:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(12 + ct.length)
                                .put(nonce)
                                .put(ct)
                                .array());
    }

    @Test
    void updateSettingsRotatesASecretAfterThePlatformAcceptsItAndKeepsRolesAndTheLeader() {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of("baseUrl", "https://api.example.com")));
        String before = record(org);

        assertThatThrownBy(() -> org.updateSettings(Map.of(), Map.of("token", Secret.of("wrong"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageNotContaining("wrong");
        assertThatThrownBy(() -> org.updateSettings(Map.of("baseUrl", "http://api.example.com"), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> org.updateSettings(Map.of("tenant", " "), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("tenant");
        assertThat(record(org)).isEqualTo(before);

        Organization updated =
                org.updateSettings(Map.of("tenant", "acme-2"), Map.of("token", Secret.of("rotated-tok")));

        assertThat(updated.settings())
                .containsEntry("tenant", "acme-2")
                .containsEntry("baseUrl", "https://api.example.com");
        assertThat(record(org)).doesNotContain("rotated-tok");
        org.sync().run();
        ProviderSettings used = provider.opened.get(0);
        assertThat(used.secret("token").reveal()).isEqualTo("rotated-tok");
        assertThat(used.value("tenant")).isEqualTo("acme-2");
    }

    @Test
    void anUpdateRacingAnotherUpdateIsRefusedInsteadOfUndoingIt() {
        OrganizationService orgs = service(KEY_1);
        Org org = orgs.create(spec("A", Map.of()));
        provider.duringNextVerify = () -> org.updateSettings(Map.of(), Map.of("token", Secret.of("rotated-first")));

        assertThatThrownBy(() -> org.updateSettings(Map.of("maxQps", "3"), Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by another call");

        org.sync().run();
        assertThat(provider.opened.get(0).secret("token").reveal()).isEqualTo("rotated-first");
        assertThat(org.info().settings()).doesNotContainKey("maxQps");
    }

    @Test
    void aGenericOrganizationHasNoSettingsToUpdate() {
        Fixtures f = new Fixtures();
        assertThatThrownBy(() -> f.acme().updateSettings(Map.of("x", "y"), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("generic");
    }
}
