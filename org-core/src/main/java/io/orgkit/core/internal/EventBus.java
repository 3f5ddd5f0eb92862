package io.orgkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.Actor;
import io.orgkit.core.events.FeedEvent;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.events.OrgEventListener;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.NewEvent;
import io.orgkit.core.store.StoreSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feeds events into the store's feed (inside the transaction) and delivers them to listeners (after it). */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule()
                    .addSerializer(OrgId.class, ToStringSerializer.instance)
                    .addSerializer(DepartmentId.class, ToStringSerializer.instance)
                    .addSerializer(MemberId.class, ToStringSerializer.instance)
                    .addSerializer(RoleId.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private static final int FEED_CHUNK = 1_000;

    private final List<OrgEventListener> listeners;

    EventBus(List<OrgEventListener> listeners) {
        this.listeners = new CopyOnWriteArrayList<>(listeners);
    }

    public void add(OrgEventListener listener) {
        listeners.add(listener);
    }

    /**
     * Appends the events to the store's feed in chunks, so their JSON never sits in memory all at once. The payload
     * is the event as JSON with the actor under {@value #ACTOR} (entries stored before actors were recorded lack it).
     */
    void feed(StoreSession session, List<OrgEvent> events, Actor actor) {
        String actorJson = actorJson(actor);
        for (int from = 0; from < events.size(); from += FEED_CHUNK) {
            List<OrgEvent> chunk = events.subList(from, Math.min(events.size(), from + FEED_CHUNK));
            List<NewEvent> rows = new ArrayList<>(chunk.size());
            for (OrgEvent e : chunk) {
                rows.add(new NewEvent(e.orgId(), e.type(), withActor(toJson(e), actorJson), e.at()));
            }
            session.appendEvents(rows);
        }
    }

    void deliver(List<OrgEvent> events, Actor actor) {
        for (OrgEvent e : events) {
            for (OrgEventListener l : listeners) {
                try {
                    l.on(e, actor);
                } catch (RuntimeException ex) {
                    LOG.warn("OrgKit event listener {} failed on {}; the change stays stored", l, e.type(), ex);
                }
            }
        }
    }

    /**
     * Removes a member's personal data from the organization's stored feed (erasure): the name of their
     * {@code MemberAdded} entries becomes {@code placeholder}. Reads the organization's feed in pages through the
     * store's (organization, sequence) index. Returns how many entries were rewritten.
     */
    static int scrubMember(StoreSession s, OrgId org, MemberId member, String placeholder) {
        int rewritten = 0;
        long after = 0;
        List<io.orgkit.core.store.StoredEvent> page;
        do {
            page = s.eventsOf(org, after, FEED_CHUNK);
            for (io.orgkit.core.store.StoredEvent e : page) {
                after = e.sequence();
                if (!e.type().equals("MemberAdded")) {
                    continue;
                }
                try {
                    com.fasterxml.jackson.databind.node.ObjectNode tree =
                            (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(e.payload());
                    if (member.value().equals(tree.path("member").asText())) {
                        tree.put("name", placeholder);
                        s.replaceEventPayload(org, e.sequence(), JSON.writeValueAsString(tree));
                        rewritten++;
                    }
                } catch (JsonProcessingException | ClassCastException ex) {
                    throw new IllegalStateException("stored event " + e.sequence() + " is not an event's JSON", ex);
                }
            }
        } while (page.size() == FEED_CHUNK);
        return rewritten;
    }

    static String toJson(OrgEvent e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.type() + " as JSON", ex);
        }
    }

    /** The key of a payload's actor. */
    static final String ACTOR = "actor";

    /**
     * The event's JSON object with the actor as its last property, {@code "actor":{"kind":…,"id":…}} (no event has
     * a property of that name). Written as text after the event's own JSON, not through a tree: an import writes
     * one per member.
     */
    static String toJson(OrgEvent e, Actor actor) {
        return withActor(toJson(e), actorJson(actor));
    }

    /** The actor's object as {@link #withActor} appends it, written once for all of a transaction's events. */
    static String actorJson(Actor actor) {
        try {
            StringBuilder out = new StringBuilder(80)
                    .append("{\"kind\":")
                    .append(JSON.writeValueAsString(actor.kind().name()));
            if (actor.id() != null) {
                out.append(",\"id\":").append(JSON.writeValueAsString(actor.id()));
            }
            return out.append('}').toString();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write actor " + actor.kind() + " as JSON", ex);
        }
    }

    /** An event's JSON object with {@code actorJson} added as its last property, {@value #ACTOR}. */
    private static String withActor(String event, String actorJson) {
        StringBuilder out = new StringBuilder(event.length() + actorJson.length() + 12);
        out.append(event, 0, event.length() - 1);
        if (event.length() > 2) {
            out.append(',');
        }
        return out.append('"')
                .append(ACTOR)
                .append("\":")
                .append(actorJson)
                .append('}')
                .toString();
    }

    private static final java.util.Map<String, Class<? extends OrgEvent>> TYPES = types();

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Class<? extends OrgEvent>> types() {
        java.util.Map<String, Class<? extends OrgEvent>> out = new java.util.HashMap<>();
        for (Class<?> c : OrgEvent.class.getPermittedSubclasses()) {
            out.put(c.getSimpleName(), (Class<? extends OrgEvent>) c);
        }
        return java.util.Map.copyOf(out);
    }

    private static final ObjectMapper READER = new ObjectMapper()
            .registerModule(new SimpleModule()
                    .addDeserializer(OrgId.class, new IdReader<>(OrgId.class, OrgId::of))
                    .addDeserializer(DepartmentId.class, new IdReader<>(DepartmentId.class, DepartmentId::of))
                    .addDeserializer(MemberId.class, new IdReader<>(MemberId.class, MemberId::of))
                    .addDeserializer(RoleId.class, new IdReader<>(RoleId.class, RoleId::of))
                    .addDeserializer(Instant.class, new IdReader<>(Instant.class, Instant::parse)))
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Reads a value written with {@link ToStringSerializer} back with its factory. */
    private static final class IdReader<T> extends com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<T> {
        private final java.util.function.Function<String, T> factory;

        IdReader(Class<T> type, java.util.function.Function<String, T> factory) {
            super(type);
            this.factory = factory;
        }

        @Override
        protected T _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
            return factory.apply(value);
        }
    }

    /**
     * A stored feed entry as a typed {@link FeedEvent}: the event read back from its payload, the actor from its
     * {@value #ACTOR} (unattributed when absent).
     *
     * @throws io.orgkit.core.StorageException for an event type this version does not know or a payload that is not
     *     the event's JSON
     */
    public static FeedEvent read(io.orgkit.core.store.StoredEvent stored) {
        Class<? extends OrgEvent> type = TYPES.get(stored.type());
        if (type == null) {
            throw new io.orgkit.core.StorageException("feed entry " + stored.sequence() + " is of event type "
                    + Quote.of(stored.type()) + ", which this OrgKit version does not know (written by a newer one?)");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = READER.readTree(stored.payload());
            OrgEvent event = READER.treeToValue(tree, type);
            com.fasterxml.jackson.databind.JsonNode a = tree.path(ACTOR);
            Actor actor = a.isObject()
                    ? new Actor(
                            io.orgkit.core.events.ActorKind.valueOf(
                                    a.path("kind").asText()),
                            a.hasNonNull("id") ? a.get("id").asText() : null)
                    : Actor.UNATTRIBUTED;
            return new FeedEvent(stored.sequence(), event, actor);
        } catch (JsonProcessingException | RuntimeException ex) {
            throw new io.orgkit.core.StorageException(
                    "feed entry " + stored.sequence() + " (" + Quote.of(stored.type()) + ") cannot be read back", ex);
        }
    }
}
