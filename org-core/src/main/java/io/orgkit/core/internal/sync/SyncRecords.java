package io.orgkit.core.internal.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.core.sync.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Keeps the last sync state and the held plan as organization attributes (JSON). */
final class SyncRecords {
    static final String STATE = "sync.state";
    static final String HELD = "sync.held";
    static final String CURSOR = "sync.cursor";
    static final String SCOPE = "sync.scope";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncRecords() {}

    static void putState(StoreSession s, OrgId org, SyncState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finishedAt", state.finishedAt().toString());
        m.put("outcome", state.outcome().name());
        m.put("counts", names(state.counts()));
        m.put("failures", state.failures());
        m.put("apiCalls", state.apiCalls());
        m.put("durationMillis", state.duration().toMillis());
        m.put("error", state.error());
        s.putAttribute(org, STATE, write(m));
    }

    static Optional<SyncState> state(StoreSession s, OrgId org) {
        return s.attribute(org, STATE)
                .map(SyncRecords::read)
                .map(m -> new SyncState(
                        Instant.parse((String) m.get("finishedAt")),
                        SyncOutcome.valueOf(java.util.Objects.requireNonNull((String) m.get("outcome"))),
                        kinds(m.get("counts")),
                        java.util.Objects.requireNonNull((Number) m.get("failures"))
                                .intValue(),
                        java.util.Objects.requireNonNull((Number) m.get("apiCalls"))
                                .longValue(),
                        Duration.ofMillis(java.util.Objects.requireNonNull((Number) m.get("durationMillis"))
                                .longValue()),
                        (String) m.get("error")));
    }

    /** Keeps the delta cursor a full sync started from (nothing when the platform has no delta feed). */
    static void putCursor(StoreSession s, OrgId org, @Nullable String cursor) {
        if (cursor != null) {
            s.putAttribute(org, CURSOR, cursor);
        }
    }

    static Optional<String> cursor(StoreSession s, OrgId org) {
        return s.attribute(org, CURSOR);
    }

    static void putHeld(StoreSession s, OrgId org, @Nullable HeldPlan held) {
        if (held == null) {
            if (s.attribute(org, HELD).isPresent()) {
                s.putAttribute(org, HELD, null);
            }
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", held.planId());
        m.put("heldAt", held.heldAt().toString());
        m.put("reason", held.reason());
        m.put("counts", names(held.counts()));
        if (held.scope() != null) {
            m.put("scope", scopeFields(held.scope()));
        }
        s.putAttribute(org, HELD, write(m));
    }

    static Optional<HeldPlan> held(StoreSession s, OrgId org) {
        return s.attribute(org, HELD)
                .map(SyncRecords::read)
                .map(m -> new HeldPlan(
                        java.util.Objects.requireNonNull((String) m.get("planId")),
                        Instant.parse((String) m.get("heldAt")),
                        java.util.Objects.requireNonNull((String) m.get("reason")),
                        kinds(m.get("counts")),
                        m.get("scope") == null ? null : scopeOf(m.get("scope"))));
    }

    /** Stores the scope in effect; the whole directory is stored as no record. */
    static void putScope(StoreSession s, OrgId org, SyncScope scope) {
        if (scope.isAll()) {
            if (s.attribute(org, SCOPE).isPresent()) {
                s.putAttribute(org, SCOPE, null);
            }
            return;
        }
        s.putAttribute(org, SCOPE, write(scopeFields(scope)));
    }

    /** The scope in effect: {@link SyncScope#ALL} unless one was stored. */
    static SyncScope scope(StoreSession s, OrgId org) {
        return s.attribute(org, SCOPE)
                .map(SyncRecords::read)
                .map(SyncRecords::scopeOf)
                .orElse(SyncScope.ALL);
    }

    private static Map<String, Object> scopeFields(SyncScope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("include", List.copyOf(scope.included()));
        m.put("exclude", List.copyOf(scope.excluded()));
        return m;
    }

    private static SyncScope scopeOf(Object raw) {
        if (!(raw instanceof Map<?, ?> m)
                || !(m.get("include") instanceof List<?> include)
                || !(m.get("exclude") instanceof List<?> exclude)) {
            throw new IllegalStateException("stored sync scope is unreadable");
        }
        return new SyncScope(strings(include), strings(exclude));
    }

    private static TreeSet<String> strings(List<?> raw) {
        TreeSet<String> out = new TreeSet<>();
        raw.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static Map<String, Integer> names(Map<ChangeKind, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    private static Map<ChangeKind, Integer> kinds(@Nullable Object raw) {
        Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(ChangeKind.valueOf(k.toString()), ((Number) v).intValue()));
        }
        return out;
    }

    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sync record", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sync record is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
