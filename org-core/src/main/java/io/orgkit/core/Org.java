package io.orgkit.core;

import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.io.MemberIo;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.Members;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Roles;
import io.orgkit.core.search.Search;
import io.orgkit.core.sync.Sync;
import java.util.List;

/**
 * A handle on one organization. Everything reached through it is scoped to that organization: ids of another
 * organization are not found here, so nothing done through it can touch another organization.
 */
public interface Org {

    /** {@return the organization's id} */
    OrgId id();

    /**
     * The same organization, with every change made through the returned handle recorded as made by {@code actor}
     * (the event feed's {@link io.orgkit.core.events.FeedEvent#actor()}; listeners implementing
     * {@code on(event, actor)}). Imports through it are recorded as imports by that actor, syncs as syncs. Cheap:
     * make one per request, e.g. {@code orgs.org(id).as(Actor.caller(user.id()))}.
     *
     * @param actor who makes the changes
     * @return the attributed handle
     * @throws ValidationException when {@code actor} is null
     */
    Org as(io.orgkit.core.events.Actor actor);

    /** The organization as stored now. */
    Organization info();

    /** Shortcut for {@code departments().root()}. */
    default Department root() {
        return departments().root();
    }

    /** {@return the department tree} */
    Departments departments();

    /** {@return the members} */
    Members members();

    /** {@return the roles and role groups} */
    Roles roles();

    /** {@return member and department search} */
    Search search();

    /** {@return members' passwords and sign-in} */
    Accounts accounts();

    /**
     * The leader's generated one-time password, only on the handle returned by the call that created this
     * organization (with {@code builder().initialPassword(InitialPassword.generated())} and no password in the
     * request); empty on every other handle and for fixed initial passwords. OrgKit never logs or stores it in
     * plain text: hand it to the leader, who must change it at the first sign-in.
     */
    java.util.Optional<io.orgkit.core.spi.Secret> initialPassword();

    /** Bulk import and export of members (CSV built in; XLSX with the org-excel module). */
    MemberIo io();

    /**
     * Syncing this organization from its platform. Refused with a {@link ValidationException} for a generic
     * organization (maintained here, nothing to sync from).
     *
     * @throws io.orgkit.core.ValidationException for a generic organization
     */
    Sync sync();

    /**
     * Member sign-in with the organization's platform (synced organizations whose provider offers it).
     * Refused with a {@link ValidationException} for a generic organization.
     */
    io.orgkit.core.signin.SignIn signIn();

    /**
     * Renames the organization (1-100 characters).
     *
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     */
    Organization rename(String name);

    /**
     * Makes an active member the organization's leader.
     *
     * @throws io.orgkit.core.NotFoundException when this organization has no such member
     * @throws io.orgkit.core.ValidationException when the member has resigned
     */
    Organization setLeader(MemberId member);

    /**
     * Active members a leader can be chosen from: all, one department's subtree, or one role's holders.
     *
     * @throws io.orgkit.core.NotFoundException when the department or role does not exist in this organization
     */
    List<Member> leaderCandidates(LeaderCandidates from);

    /**
     * Changes a synced organization's settings, e.g. to rotate its AppSecret:
     * {@code org.updateSettings(Map.of(), Map.of(DingTalk.APP_SECRET, Secret.of(newSecret)))}. The given values
     * replace or add to the stored ones (a blank value removes an optional one); the result is checked like at
     * creation (required fields, https rule) and verified with the platform before anything is stored, then stored
     * encrypted. Departments, members, local roles and the leader are kept. Nothing changes when a check fails.
     *
     * @throws ValidationException a generic organization, a required field missing, or a URL breaking the https
     *         rule
     * @throws ProviderException   the platform refused the new settings
     * @throws IntegrityException  the currently stored settings were altered outside OrgKit
     * @throws ConflictException   another call changed the settings meanwhile (nothing stored; try again)
     */
    Organization updateSettings(
            java.util.Map<String, String> values, java.util.Map<String, io.orgkit.core.spi.Secret> secrets);

    /** Switches "allow new users to join". */
    Organization allowJoin(boolean allow);
}
