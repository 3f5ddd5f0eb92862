package io.orgkit.core.events;

/**
 * Hears about committed changes. Called on the thread that made the change, after the commit; an exception
 * thrown by a listener is logged and does not undo the change or stop other listeners.
 */
@FunctionalInterface
public interface OrgEventListener {
    /**
     * One committed event.
     *
     * @param event the event
     */
    void on(OrgEvent event);

    /**
     * One committed event and who made the change. The default calls {@link #on(OrgEvent)}; override this one (in a
     * class, not a lambda) to see the actor.
     *
     * @param event the event
     * @param actor who made the change
     */
    default void on(OrgEvent event, Actor actor) {
        on(event);
    }
}
