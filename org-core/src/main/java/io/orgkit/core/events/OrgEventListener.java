package io.orgkit.core.events;

/**
 * Hears about committed changes. Called on the thread that made the change, after the commit; an exception
 * thrown by a listener is logged and does not undo the change or stop other listeners.
 */
@FunctionalInterface
public interface OrgEventListener {
    /**
     * Receives an event after its change is stored. Called on the writing thread: return quickly; an exception thrown
     * here is logged and does not undo the change.
     *
     * @param event the event
     */
    void on(OrgEvent event);
}
