package io.orgkit.core.internal;

import io.orgkit.core.events.OrgEventListener;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.PasswordHasher;
import io.orgkit.core.spi.SecretCipher;
import io.orgkit.core.store.OrgStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What every part of the service shares: the store, providers, clock, ciphers and the event bus. */
public final class ServiceContext {
    private final OrgStore store;
    private final Map<String, OrganizationProvider> providers;
    private final Clock clock;
    private final @Nullable SecretCipher cipher;
    private final PasswordHasher hasher;
    private final EventBus events;
    private final String defaultOrganizationName;
    private final SecurityOptions security;

    public ServiceContext(OrgStore store, Map<String, OrganizationProvider> providers, Clock clock,
                          @Nullable SecretCipher cipher, PasswordHasher hasher, List<OrgEventListener> listeners,
                          String defaultOrganizationName, SecurityOptions security) {
        this.store = store;
        this.providers = providers;
        this.clock = clock;
        this.cipher = cipher;
        this.hasher = hasher;
        this.events = new EventBus(listeners);
        this.defaultOrganizationName = defaultOrganizationName;
        this.security = security;
    }

    /** Runs {@code work} in one store transaction; its events are fed and delivered after the commit. */
    public <T> T write(Function<Tx, T> work) {
        Tx[] holder = new Tx[1];
        T result = store.write(session -> {
            Tx tx = new Tx(session, clock.instant());
            holder[0] = tx;
            T r = work.apply(tx);
            events.feed(session, tx.events());
            return r;
        });
        events.deliver(holder[0].events());
        return result;
    }

    public <T> T read(Function<io.orgkit.core.store.StoreSession, T> work) {
        return store.read(work);
    }

    public OrgStore store() {
        return store;
    }

    public Map<String, OrganizationProvider> providers() {
        return providers;
    }

    public Clock clock() {
        return clock;
    }

    public @Nullable SecretCipher cipher() {
        return cipher;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public EventBus events() {
        return events;
    }

    public String defaultOrganizationName() {
        return defaultOrganizationName;
    }

    /** The initial-password policy and the plain-http rule. */
    public SecurityOptions security() {
        return security;
    }
}
