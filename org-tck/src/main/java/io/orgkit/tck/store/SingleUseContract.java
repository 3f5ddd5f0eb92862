package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.organizations.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Single-use values (sign-in states, callback nonces): stored once, taken once, gone when expired. */
public abstract class SingleUseContract extends StoreContract {
    private static final Instant LATER = Fixtures.T0.plus(Duration.ofMinutes(10));

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected SingleUseContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void aValueIsTakenOnceOnly() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "signin", "state-1", "{\"redirect\":\"https://app\"}", LATER));

        assertThat(take(org, "signin", "state-1", Fixtures.T0)).contains("{\"redirect\":\"https://app\"}");
        assertThat(take(org, "signin", "state-1", Fixtures.T0)).isEmpty();
    }

    @Test
    void anExpiredValueIsNotGivenOut() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "signin", "state-1", "v", LATER));

        assertThat(take(org, "signin", "state-1", LATER)).isEmpty();
    }

    @Test
    void aKeyRecordedTwiceIsRefused() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "nonce", "n-1", "", LATER));

        assertThatThrownBy(() -> write(s -> s.insertSingleUse(org, "nonce", "n-1", "", LATER)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void valuesAreScopedByOrganizationAndKind() {
        OrgId acme = newOrganizationRoot("Acme").orgId();
        OrgId globex = newOrganizationRoot("Globex").orgId();
        write(s -> s.insertSingleUse(acme, "signin", "k", "acme", LATER));
        write(s -> s.insertSingleUse(globex, "signin", "k", "globex", LATER));
        write(s -> s.insertSingleUse(acme, "nonce", "k", "nonce", LATER));

        assertThat(take(globex, "signin", "k", Fixtures.T0)).contains("globex");
        assertThat(take(acme, "signin", "k", Fixtures.T0)).contains("acme");
        assertThat(take(acme, "nonce", "k", Fixtures.T0)).contains("nonce");
    }

    @Test
    void expiredValuesAreDeletedAndTheirKeysCanBeRecordedAgain() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "nonce", "old", "", Fixtures.T0.plusSeconds(1)));
        write(s -> s.insertSingleUse(org, "nonce", "fresh", "", LATER));

        int deleted = store().write(s -> s.deleteExpiredSingleUse(Fixtures.T0.plusSeconds(1)));
        assertThat(deleted).isEqualTo(1);
        write(s -> s.insertSingleUse(org, "nonce", "old", "again", LATER));
        assertThat(take(org, "nonce", "old", Fixtures.T0)).contains("again");
        assertThat(take(org, "nonce", "fresh", Fixtures.T0)).contains("");
    }

    @Test
    void aRolledBackTakeLeavesTheValue() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "signin", "s", "v", LATER));
        try {
            write(s -> {
                s.takeSingleUse(org, "signin", "s", Fixtures.T0);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the take is undone
        }
        assertThat(take(org, "signin", "s", Fixtures.T0)).contains("v");
    }

    @Test
    void concurrentTakesGiveTheValueToOneOnly() throws Exception {
        OrgId org = newOrganizationRoot("Acme").orgId();
        write(s -> s.insertSingleUse(org, "signin", "s", "v", LATER));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return takeOrEmptyOnConflict(org);
                }));
            }
            start.countDown();
            int given = 0;
            for (Future<Optional<String>> f : futures) {
                given += f.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(given).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<String> take(OrgId org, String kind, String key, Instant now) {
        return store().write(s -> s.takeSingleUse(org, kind, key, now));
    }

    private Optional<String> takeOrEmptyOnConflict(OrgId org) {
        try {
            return take(org, "signin", "s", Fixtures.T0);
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }
}
