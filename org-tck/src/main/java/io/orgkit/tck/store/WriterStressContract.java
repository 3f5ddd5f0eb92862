package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.GenericOrganization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two writers changing one organization's contacts at random (fixed seeds, a bounded number of changes, at most
 * {@value #MAX_SECONDS} seconds): afterwards the tree and the posts are consistent and the feed replays to
 * what is stored.
 */
public abstract class WriterStressContract extends StoreContract {
    private static final long SEED = 20_260_301L;
    private static final int WRITERS = 2;
    private static final int OPERATIONS = 120;
    private static final int MAX_SECONDS = 12;

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected WriterStressContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void twoRandomWritersLeaveConsistentContactsAndAFeedThatReplaysToThem() throws Exception {
        OrganizationService service = OrganizationService.builder()
                .store(store())
                .discoverProviders(false)
                .passwordHasher(new QuickHasher())
                .build();
        Org acme =
                service.create(GenericOrganization.named("Acme", "Alice Zhang").build());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        int stored = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                runs.add(pool.submit(new RandomWriter(acme, SEED + w, "W" + w, OPERATIONS, deadline)));
            }
            for (Future<Integer> run : runs) {
                stored += run.get(MAX_SECONDS + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored).as("changes stored by the writers").isPositive();
        assertThat(ContactInvariants.violations(store(), acme.id())).isEmpty();
        assertThat(FeedReplay.of(store(), acme.id())).isEqualTo(FeedReplay.stored(store(), acme.id()));
    }
}
