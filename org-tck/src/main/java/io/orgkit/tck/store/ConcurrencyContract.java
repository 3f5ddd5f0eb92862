package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several threads writing at once: no write is lost, no unique key is stored twice. */
public abstract class ConcurrencyContract extends StoreContract {
    private static final int THREADS = 4;

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected ConcurrencyContract(StoreContractSuite suite) {
        super(suite);
    }

    /** Runs {@code task} on {@link #THREADS} threads released at once; returns each thread's outcome. */
    private <T> List<Object> race(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void membersWrittenByConcurrentThreadsAreAllKept() throws Exception {
        Department root = newOrganizationRoot("Acme");
        List<Object> outcomes = race(() -> {
            for (int i = 0; i < 20; i++) {
                Member m = Fixtures.member("M " + Thread.currentThread().getName() + " " + i, root);
                write(s -> {
                    s.insertMember(m);
                    s.putAttribute(root.orgId(), m.id().value(), m.name());
                });
            }
            return "ok";
        });

        assertThat(outcomes).containsOnly("ok");
        assertThat(committed().countMembers(root.orgId(), true)).isEqualTo(THREADS * 20L);
        assertThat(committed().allMembers(root.orgId(), true))
                .allSatisfy(m -> assertThat(committed().attribute(root.orgId(), m.id().value()))
                        .contains(m.name()));
    }

    @Test
    void theSameEmployeeIdAddedConcurrentlyIsStoredOnceAndTheOthersGetAConflict() throws Exception {
        Department root = newOrganizationRoot("Acme");
        OrgId org = root.orgId();
        List<Object> outcomes = race(() -> {
            Member m = Fixtures.withKeys(Fixtures.member("Twin", root), "E-RACE", null, null);
            return insert(m);
        });

        assertThat(outcomes).filteredOn(Member.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(THREADS - 1);
        Member winner = (Member)
                outcomes.stream().filter(Member.class::isInstance).findFirst().orElseThrow();
        assertThat(committed().allMembers(org, true)).containsExactly(winner);
        assertThat(committed().memberByKey(org, UniqueKey.EMPLOYEE_ID, "E-RACE"))
                .contains(winner);
    }

    @Test
    void eventsAppendedConcurrentlyGetDistinctIncreasingSequences() throws Exception {
        OrgId org = newOrganizationRoot("Acme").orgId();
        race(() -> {
            for (int i = 0; i < 10; i++) {
                store().write(s -> s.appendEvent(org, "E", "{}", Fixtures.T0));
            }
            return "ok";
        });

        List<Long> seqs =
                committed().eventsAfter(0, 1000).stream().map(e -> e.sequence()).toList();
        assertThat(seqs).hasSize(THREADS * 10).doesNotHaveDuplicates().isSorted();
    }
}
