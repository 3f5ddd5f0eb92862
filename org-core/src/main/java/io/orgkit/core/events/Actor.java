package io.orgkit.core.events;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import io.orgkit.core.internal.Rules;
import io.orgkit.core.members.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change: recorded with every event of the feed ({@link FeedEvent#actor()}). A host passes the actor of
 * its calls with {@code org.as(actor)} or {@code orgs.as(actor)}; syncs and imports are recorded as such.
 *
 * <p>Pass ids, not personal data, as principals: the feed keeps them (a member's erasure does not rewrite a
 * principal the host chose).
 *
 * @param kind what kind of actor
 * @param id the member's id ({@link ActorKind#MEMBER}), the caller's principal ({@link ActorKind#CALLER}), who ran
 *     an import ({@link ActorKind#IMPORT}, when known), {@code callback} for a sync from a platform callback
 *     ({@link ActorKind#SYNC}); null otherwise
 */
public record Actor(ActorKind kind, @Nullable String id) {
    /** The longest principal accepted. */
    public static final int MAX_PRINCIPAL = 200;

    /** A change made without an actor given (and every event stored before OrgKit recorded actors). */
    public static final Actor UNATTRIBUTED = new Actor(ActorKind.UNATTRIBUTED, null);

    /** A sync from the organization's platform (full or changes). */
    public static final Actor SYNC = new Actor(ActorKind.SYNC, null);

    /**
     * Checks the components.
     *
     * @param kind the {@code kind} component
     * @param id the {@code id} component
     * @throws ValidationException when {@code kind} is null, or {@code id} is longer than {@value #MAX_PRINCIPAL}
     *     characters or holds control characters
     */
    public Actor {
        Check.notNull(kind, "kind");
        if (id != null) {
            Rules r = Rules.check();
            String clean = r.text("principal", id, MAX_PRINCIPAL);
            r.throwIfAny();
            id = clean;
        }
        if (id == null && (kind == ActorKind.MEMBER || kind == ActorKind.CALLER)) {
            throw ValidationException.of("principal", "must not be blank for a " + kind + " actor");
        }
    }

    /**
     * A member of the organization acting (e.g. signed in to the host and editing their own profile).
     *
     * @param member the member
     * @return the actor
     * @throws ValidationException when {@code member} is null
     */
    public static Actor member(MemberId member) {
        return new Actor(ActorKind.MEMBER, Check.notNull(member, "member").value());
    }

    /**
     * The host's caller, by the principal the host knows them by (a user id, a service account's name).
     *
     * @param principal 1-{@value #MAX_PRINCIPAL} characters
     * @return the actor
     * @throws ValidationException (field {@code principal}) for a blank, too long or refused principal
     */
    public static Actor caller(String principal) {
        return new Actor(ActorKind.CALLER, Check.notNull(principal, "principal"));
    }

    /**
     * An import run by {@code by} (the import's rows are recorded with this actor).
     *
     * @param by who ran the import
     * @return the actor, its id the id of {@code by} (null when unattributed)
     */
    public static Actor importBy(Actor by) {
        return new Actor(ActorKind.IMPORT, by.id());
    }
}
