package io.orgkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.orgkit.core.departments.DepartmentId;
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

    /** Appends the events to the store's feed in chunks, so their JSON never sits in memory all at once. */
    void feed(StoreSession session, List<OrgEvent> events) {
        for (int from = 0; from < events.size(); from += FEED_CHUNK) {
            List<OrgEvent> chunk = events.subList(from, Math.min(events.size(), from + FEED_CHUNK));
            List<NewEvent> rows = new ArrayList<>(chunk.size());
            for (OrgEvent e : chunk) {
                rows.add(new NewEvent(e.orgId(), e.type(), toJson(e), e.at()));
            }
            session.appendEvents(rows);
        }
    }

    void deliver(List<OrgEvent> events) {
        for (OrgEvent e : events) {
            for (OrgEventListener l : listeners) {
                try {
                    l.on(e);
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
}
