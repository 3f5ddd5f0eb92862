package io.orgkit.tck.store;

import io.orgkit.core.store.OrgStore;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The contract every {@link OrgStore} passes. An implementation's test extends this class and supplies a
 * fresh, empty store per test:
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoreContractSuite {
 *     protected OrgStore createStore() {
 *         return MyStore.builder().leaseClock(clock()).build();
 *     }
 * }
 * }</pre>
 *
 * <p>Leases must expire by {@link #clock()} (tests move it forward); everything else may use any clock.
 * Override {@link #destroyStore(OrgStore)} to drop what the store created (tables, files).
 */
public abstract class StoreContractSuite {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private @Nullable OrgStore store;

    /** A new, empty store whose leases expire by {@link #clock()}. */
    protected abstract OrgStore createStore();

    /** Called after each test; closes the store by default. */
    protected void destroyStore(OrgStore store) {
        store.close();
    }

    /** The clock leases must follow; the suite moves it forward to let a lease expire. */
    protected final MutableClock clock() {
        return clock;
    }

    /** The store of the running test. */
    protected final OrgStore store() {
        return Objects.requireNonNull(store, "the store is created before each test");
    }

    @BeforeEach
    final void openStore() {
        store = createStore();
    }

    @AfterEach
    final void closeStore() {
        if (store != null) {
            destroyStore(store);
            store = null;
        }
    }

    @Nested
    class Organizations extends OrganizationContract {
        Organizations() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Departments extends DepartmentContract {
        Departments() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Members extends MemberContract {
        Members() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class MemberPages extends MemberPageContract {
        MemberPages() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Erasure extends ErasureContract {
        Erasure() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class MemberKeys extends MemberKeyContract {
        MemberKeys() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class SearchTerms extends SearchContract {
        SearchTerms() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Roles extends RoleContract {
        Roles() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class CredentialsAndAttributes extends CredentialAttributeContract {
        CredentialsAndAttributes() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class SingleUseValues extends SingleUseContract {
        SingleUseValues() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class EventFeed extends EventFeedContract {
        EventFeed() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Transactions extends TransactionContract {
        Transactions() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Isolation extends IsolationContract {
        Isolation() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class ConcurrentWriters extends ConcurrencyContract {
        ConcurrentWriters() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class OrganizationLocks extends OrganizationLockContract {
        OrganizationLocks() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class WriteRaces extends WriteRaceContract {
        WriteRaces() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class WriterStress extends WriterStressContract {
        WriterStress() {
            super(StoreContractSuite.this);
        }
    }

    @Nested
    class Leases extends LeaseContract {
        Leases() {
            super(StoreContractSuite.this);
        }
    }
}
