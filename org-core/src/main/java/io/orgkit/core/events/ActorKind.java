package io.orgkit.core.events;

/** The kinds of {@link Actor}. */
public enum ActorKind {
    /** A member of the organization; the actor's id is the member's id. */
    MEMBER,
    /** The host's caller; the actor's id is the principal the host passed. */
    CALLER,
    /** A sync from the organization's platform (full, changes or a callback). */
    SYNC,
    /** A file import; the actor's id is who ran it, when known. */
    IMPORT,
    /** Nobody was named (and events stored before actors were recorded). */
    UNATTRIBUTED
}
