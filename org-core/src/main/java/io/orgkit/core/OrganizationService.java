package io.orgkit.core;

import io.orgkit.core.events.EventFeed;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.NewUser;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.util.List;

/**
 * The entry point: every organization of the application.
 * <pre>{@code
 * OrganizationService orgs = OrganizationService.builder().store(new InMemoryStore()).build();
 * Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
 * }</pre>
 */
public interface OrganizationService extends AutoCloseable {

    /** {@return a builder; it needs a store, and a secret key before a synced organization is created} */
    static OrganizationServiceBuilder builder() {
        return new OrganizationServiceBuilder();
    }

    /**
     * Creates an organization. Generic ones get a root department and their leader as first member, holding
     * the administrator role; synced ones have their credentials checked with the platform first (a wrong one
     * or a missing permission is refused, naming it) and get their root department.
     *
     * @throws io.orgkit.core.ValidationException when a field is missing or invalid, or no provider of the type is
     *     registered
     * @throws io.orgkit.core.OrgKitException when a synced organization is created and no secret key is configured
     * @throws io.orgkit.core.ProviderException when the platform refuses the credentials or a permission is missing
     */
    Org create(NewOrganization spec);

    /**
     * Returns the application's default organization, creating it (a generic organization named as the
     * builder's {@code defaultOrganizationName}, "Default Organization" unless set) on the first call only; later calls return the same one and ignore {@code creator}.
     *
     * @throws io.orgkit.core.ValidationException when the creator's name or phone is invalid (only when the default
     *     organization is created)
     */
    Org ensureDefault(Creator creator);

    /**
     * A handle on an existing organization; refused with {@link NotFoundException} for an unknown id.
     *
     * @throws io.orgkit.core.NotFoundException when no organization has this id
     */
    Org org(OrgId id);

    /** Every organization, by creation time. */
    List<Organization> list();

    /**
     * Adds a newly registered user as a member of every organization that allows joining (generic ones),
     * and of none that doesn't. Returns the members created, one per organization.
     *
     * @throws io.orgkit.core.ValidationException when the user's name, phone or email is invalid
     */
    List<Member> registerUser(NewUser user);

    /**
     * The entry point for platform callbacks (DingTalk event subscriptions, ...): hand each HTTP callback to
     * {@code callbacks().handle(type, request)} and send back the response it returns.
     */
    io.orgkit.core.callbacks.Callbacks callbacks();

    /**
     * Re-seals every synced organization's secrets and settings with the current secret key: the rotation step.
     * Build the service with the new {@code secretKey(...)} and the old one in {@code previousSecretKeys(...)}, call
     * this once, then drop the old key. Values of every older format (OrgKit 0.1's {@code v1:}) are upgraded too.
     * Organizations whose stored data fails its integrity check are refused, not re-sealed.
     *
     * @return how many organizations were re-sealed
     * @throws IntegrityException when an organization's stored secrets or settings were altered, or were sealed
     *         with a key that is not configured
     * @throws OrgKitException when no secret key is configured
     */
    int reencryptSecrets();

    /**
     * Deletes an organization and all its data for good (personal-data laws' erasure): departments, members,
     * roles, accounts, sealed secrets and settings, sync state, search terms, single-use values (sign-in states,
     * callback replay keys), its sync lease and its event feed entries. The feed keeps one entry of it,
     * {@code OrganizationDeleted} (ids only). Writers of the organization waiting meanwhile then find it gone
     * ({@link NotFoundException}).
     *
     * @param id the organization
     * @throws NotFoundException when it does not exist
     * @throws ConflictException when a sync of it is running (try again when it has finished)
     */
    void delete(io.orgkit.core.organizations.OrgId id);

    /**
     * The same service whose changes are recorded as made by {@code actor} ({@link
     * io.orgkit.core.events.FeedEvent#actor()}): organizations created or deleted, users registered, and everything
     * done through the {@code Org} handles it gives. Cheap: make one per request.
     *
     * @param actor who makes the changes, e.g. {@code Actor.caller("alice")}
     * @return the attributed service (closing it closes the shared store)
     * @throws ValidationException when {@code actor} is null
     */
    OrganizationService as(io.orgkit.core.events.Actor actor);

    /** The ordered feed of committed events. */
    EventFeed events();

    /** Closes the store if the service opened it. */
    @Override
    void close();
}
