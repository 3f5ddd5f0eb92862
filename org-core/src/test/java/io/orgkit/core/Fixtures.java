package io.orgkit.core;

import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoredEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A service over a fresh in-memory store with a fast bcrypt cost, recording every delivered event. */
final class Fixtures {
    final OrgStore store = new InMemoryStore();
    final List<OrgEvent> events = new CopyOnWriteArrayList<>();
    final OrganizationService service;

    Fixtures() {
        service = OrganizationService.builder()
                .store(store)
                .passwordHasher(new BcryptPasswordHasher(4))
                .secretKey("test-secret-key-0123456789")
                .provider(new StaticProvider())
                .listener(events::add)
                .build();
    }

    Org acme() {
        return service.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
    }

    /** Every event ever stored, as the feed sees it: a refused call must not add any. */
    List<StoredEvent> feed() {
        return service.events().after(0, Integer.MAX_VALUE);
    }

    /** A synced organization type whose platform always has an empty directory. */
    static final class StaticProvider implements OrganizationProvider {
        @Override
        public String type() {
            return "static";
        }

        @Override
        public String displayName() {
            return "Static";
        }

        @Override
        public List<CredentialField> credentialFields() {
            return List.of(CredentialField.required("tenant", "Tenant"), CredentialField.secret("token", "Token"));
        }

        @Override
        public void verify(ProviderSettings settings) {
            if (settings.secret("token").reveal().equals("wrong")) {
                throw new ProviderException("static", "invalid_token", "Static refused the Token; check it");
            }
        }

        @Override
        public DirectorySource openDirectory(ProviderSettings settings) {
            return new DirectorySource() {
                @Override
                public void fetchAll(DirectoryVisitor visitor) {}

                @Override
                public long apiCalls() {
                    return 0;
                }
            };
        }
    }
}
