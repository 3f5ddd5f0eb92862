package io.orgkit.core;

import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.accounts.InitialPassword;
import io.orgkit.core.events.OrgEventListener;
import io.orgkit.core.internal.AesGcmSecretCipher;
import io.orgkit.core.internal.Check;
import io.orgkit.core.internal.DefaultOrganizationService;
import io.orgkit.core.internal.SecurityOptions;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.internal.members.PhoneNumbers;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.search.SearchTermContributor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.PasswordHasher;
import io.orgkit.core.spi.SecretCipher;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link OrganizationService}. Only the store is worth choosing; everything else has a default:
 * providers on the classpath are found with {@link ServiceLoader} (explicitly registered ones win, one per type),
 * the clock is the system clock, passwords are hashed with bcrypt.
 */
public final class OrganizationServiceBuilder {
    private @Nullable OrgStore store;
    private final Map<String, OrganizationProvider> explicitProviders = new LinkedHashMap<>();
    private boolean discoverProviders = true;
    private Clock clock = Clock.systemUTC();
    private @Nullable SecretCipher cipher;
    private @Nullable String secretKey;
    private List<String> previousSecretKeys = List.of();
    private InitialPassword initialPassword = InitialPassword.standard();
    private boolean allowInsecureHttp;
    private PasswordHasher hasher = new BcryptPasswordHasher();
    private final List<OrgEventListener> listeners = new ArrayList<>();
    private String defaultOrganizationName = "Default Organization";
    private PhoneNumbers phones = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
    private final Map<String, SearchTermContributor> explicitContributors = new LinkedHashMap<>();
    private boolean discoverSearchTerms = true;

    OrganizationServiceBuilder() {}

    /** Where organizations are kept; default an {@link InMemoryStore} (nothing survives a restart). */
    public OrganizationServiceBuilder store(OrgStore value) {
        this.store = Check.notNull(value, "store");
        return this;
    }

    /** Registers a provider explicitly; it wins over one of the same type found by ServiceLoader. */
    public OrganizationServiceBuilder provider(OrganizationProvider provider) {
        explicitProviders.put(provider.type(), provider);
        return this;
    }

    /** Whether to look for providers with ServiceLoader (default on). */
    public OrganizationServiceBuilder discoverProviders(boolean discover) {
        this.discoverProviders = discover;
        return this;
    }

    /**
     * The clock for every time OrgKit records (default: the system clock, UTC); tests pass a fixed or movable one.
     *
     * @param value the clock
     * @return this builder
     * @throws ValidationException when the clock is null
     */
    public OrganizationServiceBuilder clock(Clock value) {
        this.clock = Check.notNull(value, "clock");
        return this;
    }

    /**
     * The key that encrypts provider secrets at rest (AES-256-GCM, key derived with HKDF-SHA256): at least 16
     * characters, from your secret store or environment. Needed before creating a synced organization.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 characters
     */
    public OrganizationServiceBuilder secretKey(@Nullable String key) {
        if (key != null) {
            AesGcmSecretCipher.fromPassphrase(key);
        }
        this.secretKey = key;
        this.cipher = null;
        return this;
    }

    /**
     * Keys that sealed existing data and are being rotated out: still used to read, never to seal. Rotation: build
     * with the new {@link #secretKey} and the old key here, call {@link OrganizationService#reencryptSecrets()}, then
     * remove the old key.
     *
     * @throws IllegalArgumentException if a key is shorter than 16 characters
     */
    public OrganizationServiceBuilder previousSecretKeys(String... keys) {
        List<String> list = List.of(keys);
        list.forEach(AesGcmSecretCipher::fromPassphrase);
        this.previousSecretKeys = list;
        return this;
    }

    /** A cipher of your own for provider secrets (a KMS, say), instead of {@link #secretKey}. */
    public OrganizationServiceBuilder secretCipher(SecretCipher value) {
        this.cipher = Check.notNull(value, "secretCipher");
        this.secretKey = null;
        return this;
    }

    /**
     * The password new leaders' accounts and administrator resets start with (always must-change): the documented
     * {@value InitialPassword#DEFAULT} unless set, the application's own ({@link InitialPassword#fixed}), or a
     * generated one-time password ({@link InitialPassword#generated}).
     *
     * @throws ValidationException (field {@code initialPassword}) if a fixed one breaks the password rules
     */
    public OrganizationServiceBuilder initialPassword(InitialPassword value) {
        Check.notNull(value, "initialPassword");
        if (!value.isGenerated()) {
            io.orgkit.core.internal.PasswordRules.check(
                    "initialPassword", value.fixedValue().toCharArray());
        }
        this.initialPassword = value;
        return this;
    }

    /**
     * Lets every organization's URL settings ({@code baseUrl}, ...) use plain http to any host (default off: https
     * is required except for loopback addresses). For test rigs only; one organization can allow it with the setting
     * {@link io.orgkit.core.spi.ProviderSettings#ALLOW_INSECURE_HTTP} instead.
     */
    public OrganizationServiceBuilder allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return this;
    }

    /**
     * How members' passwords are hashed (default: bcrypt, cost 12).
     *
     * @param value the hasher
     * @return this builder
     * @throws ValidationException when the hasher is null
     */
    public OrganizationServiceBuilder passwordHasher(PasswordHasher value) {
        this.hasher = Check.notNull(value, "passwordHasher");
        return this;
    }

    /**
     * Adds a listener that receives every event after its change is stored.
     *
     * @param listener the listener
     * @return this builder
     * @throws ValidationException when the listener is null
     */
    public OrganizationServiceBuilder listener(OrgEventListener listener) {
        listeners.add(Check.notNull(listener, "listener"));
        return this;
    }

    /**
     * The region phone numbers written without a country code belong to (ISO 3166 two-letter code, default
     * {@code CN}): {@code 13800138000} is stored as {@code +8613800138000}.
     *
     * @throws ValidationException for a region code libphonenumber does not know
     */
    public OrganizationServiceBuilder phoneRegion(String region) {
        this.phones = new PhoneNumbers(region);
        return this;
    }

    /** Name of the organization {@link OrganizationService#ensureDefault} creates. */
    public OrganizationServiceBuilder defaultOrganizationName(String name) {
        this.defaultOrganizationName = Check.notNull(name, "name");
        return this;
    }

    /**
     * Adds search terms from a plug-in (pinyin, say); it wins over a discovered one of the same name. Changing
     * the plug-ins re-indexes each organization once, at its first search.
     */
    public OrganizationServiceBuilder searchTerms(SearchTermContributor contributor) {
        Check.notNull(contributor, "contributor");
        explicitContributors.put(contributor.name(), contributor);
        return this;
    }

    /** Whether to look for {@link SearchTermContributor}s with ServiceLoader (default on). */
    public OrganizationServiceBuilder discoverSearchTerms(boolean discover) {
        this.discoverSearchTerms = discover;
        return this;
    }

    private List<SearchTermContributor> contributors() {
        Map<String, SearchTermContributor> all = new LinkedHashMap<>();
        if (discoverSearchTerms) {
            for (SearchTermContributor c : ServiceLoader.load(SearchTermContributor.class)) {
                all.putIfAbsent(c.name(), c);
            }
        }
        all.putAll(explicitContributors);
        return List.copyOf(all.values());
    }

    /**
     * Builds the service: finds providers and search plug-ins (unless switched off) and prepares the store.
     *
     * @return the service; close it when the application stops
     * @throws ValidationException when no store was given, or a setting is missing or invalid
     * @throws StorageException when the store cannot be prepared (its schema migrated, say)
     */
    public OrganizationService build() {
        Map<String, OrganizationProvider> providers = new LinkedHashMap<>();
        if (discoverProviders) {
            for (OrganizationProvider p : ServiceLoader.load(OrganizationProvider.class)) {
                providers.putIfAbsent(p.type(), p);
            }
        }
        providers.putAll(explicitProviders);
        OrgStore s = store != null ? store : new InMemoryStore();
        SecretCipher c =
                secretKey != null ? AesGcmSecretCipher.withPreviousKeys(secretKey, previousSecretKeys) : cipher;
        SecurityOptions security = new SecurityOptions(initialPassword, allowInsecureHttp);
        return new DefaultOrganizationService(new ServiceContext(
                s,
                Map.copyOf(providers),
                clock,
                c,
                hasher,
                List.copyOf(listeners),
                defaultOrganizationName,
                security,
                new SearchTerms(contributors()),
                new MemberWrites(new MemberRules(phones))));
    }
}
