package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.NewEvent;
import io.orgkit.core.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ordered, replayable event feed. */
public abstract class EventFeedContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected EventFeedContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void eventsComeBackInTheOrderTheyWereAppendedWithIncreasingSequences() {
        OrgId a = newOrganizationRoot("A").orgId();
        OrgId b = newOrganizationRoot("B").orgId();
        long first = store().write(s -> s.appendEvent(a, "MemberAdded", "{\"n\":1}", Fixtures.T0));
        long second = store().write(s -> s.appendEvent(b, "MemberAdded", "{\"n\":2}", Fixtures.T0.plusSeconds(1)));
        long third = store().write(s -> s.appendEvent(a, "MemberResigned", "{\"n\":3}", Fixtures.T0.plusSeconds(2)));

        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(committed().eventsAfter(0, 10))
                .containsExactly(
                        new StoredEvent(first, a, "MemberAdded", "{\"n\":1}", Fixtures.T0),
                        new StoredEvent(second, b, "MemberAdded", "{\"n\":2}", Fixtures.T0.plusSeconds(1)),
                        new StoredEvent(third, a, "MemberResigned", "{\"n\":3}", Fixtures.T0.plusSeconds(2)));
    }

    @Test
    void eventsAfterASequenceSkipThoseUpToItAndStopAtTheLimit() {
        OrgId org = newOrganizationRoot("A").orgId();
        List<Long> seqs = store().write(s -> List.of(
                s.appendEvent(org, "E", "{}", Fixtures.T0), s.appendEvent(org, "E", "{}", Fixtures.T0),
                s.appendEvent(org, "E", "{}", Fixtures.T0), s.appendEvent(org, "E", "{}", Fixtures.T0)));

        assertThat(committed().eventsAfter(seqs.get(0), 2))
                .extracting(StoredEvent::sequence)
                .containsExactly(seqs.get(1), seqs.get(2));
        assertThat(committed().eventsAfter(seqs.get(3), 10)).isEmpty();
    }

    @Test
    void manyEventsAppendedAtOnceGetConsecutiveSequencesInTheirOrder() {
        OrgId org = newOrganizationRoot("A").orgId();
        long before = store().write(s -> s.appendEvent(org, "Single", "{}", Fixtures.T0));
        List<NewEvent> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(new NewEvent(org, "Bulk", "{\"i\":" + i + "}", Fixtures.T0.plusSeconds(i)));
        }
        long last = store().write(s -> s.appendEvents(batch));
        long after = store().write(s -> s.appendEvent(org, "Single", "{}", Fixtures.T0));

        List<StoredEvent> bulk = committed().eventsAfter(before, 3_000).stream()
                .filter(e -> e.type().equals("Bulk"))
                .toList();
        assertThat(bulk).hasSize(2_500);
        assertThat(bulk.get(0).sequence()).isEqualTo(before + 1);
        assertThat(bulk.get(2_499).sequence()).isEqualTo(last);
        assertThat(bulk)
                .extracting(StoredEvent::payload)
                .startsWith("{\"i\":0}", "{\"i\":1}")
                .endsWith("{\"i\":2499}");
        assertThat(bulk.get(7).at()).isEqualTo(Fixtures.T0.plusSeconds(7));
        assertThat(after).isEqualTo(last + 1);
        long none = store().write(s -> s.appendEvents(List.of()));
        assertThat(none).isZero();
    }

    @Test
    void eventsAppendedInARolledBackTransactionAreGone() {
        OrgId org = newOrganizationRoot("A").orgId();
        long kept = store().write(s -> s.appendEvent(org, "Kept", "{}", Fixtures.T0));

        assertThatThrownBy(() -> store().write(s -> {
                    s.appendEvent(org, "Lost", "{}", Fixtures.T0);
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        long next = store().write(s -> s.appendEvent(org, "Next", "{}", Fixtures.T0));

        assertThat(committed().eventsAfter(0, 10)).extracting(StoredEvent::type).containsExactly("Kept", "Next");
        assertThat(next).isGreaterThan(kept);
    }

    @Test
    void aLargePayloadIsKeptWhole() {
        OrgId org = newOrganizationRoot("A").orgId();
        String payload = "{\"ids\":\"" + "m".repeat(100_000) + "\"}";
        store().write(s -> s.appendEvent(org, "MembersImported", payload, Fixtures.T0));

        assertThat(committed().eventsAfter(0, 1).get(0).payload()).isEqualTo(payload);
    }
}
