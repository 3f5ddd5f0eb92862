package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a sync would change, computed from one complete fetch of the platform's directory.
 *
 * @param id        identifies the plan by its content: two plans with the same changes have the same id
 *                  (used to approve a held plan)
 * @param changes   every change, in a stable order (by kind, then external id)
 * @param failures  remote items that cannot be taken and are left alone
 * @param guard     whether the guard holds the plan back
 * @param apiCalls  platform calls the fetch made
 */
public record SyncPlan(
        String id,
        List<SyncChange> changes,
        List<SyncFailure> failures,
        GuardVerdict guard,
        int remoteDepartments,
        int remoteMembers,
        long apiCalls) {

    /**
     * Validates the plan, sorts its changes and copies its failures.
     *
     * @throws io.orgkit.core.ValidationException when the id or guard verdict is missing
     */
    public SyncPlan {
        Check.notNull(id, "id");
        changes = changes.stream()
                .sorted(Comparator.comparing(SyncChange::kind).thenComparing(SyncChange::externalId))
                .toList();
        failures = List.copyOf(failures);
        Check.notNull(guard, "guard");
    }

    /** Number of changes of each kind (kinds without changes are absent). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return ChangeKind.ordered(counts);
    }

    /**
     * Number of changes of one kind.
     *
     * @param kind the kind
     * @return how many, 0 when none
     */
    public int count(ChangeKind kind) {
        return counts().getOrDefault(kind, 0);
    }

    /**
     * The changes of one kind, in the plan's order.
     *
     * @param kind the kind
     * @return the changes, empty when none
     */
    public List<SyncChange> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** True when the organization already matches the platform. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The plan as text, one change per line, in a stable order (the same plan always prints the same). */
    public String describe() {
        String head = "plan " + id + ": " + changes.size() + " change(s), " + failures.size() + " failure(s)"
                + (guard.held() ? ", held: " + guard.reason() : "");
        String body = changes.stream().map(SyncChange::line).collect(Collectors.joining("\n"));
        String failed = failures.stream().map(f -> "FAILED " + f).collect(Collectors.joining("\n"));
        return String.join(
                "\n",
                List.of(head, body, failed).stream().filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public String toString() {
        return "SyncPlan[" + id + ", " + counts() + ", failures=" + failures.size() + ", held=" + guard.held() + "]";
    }
}
