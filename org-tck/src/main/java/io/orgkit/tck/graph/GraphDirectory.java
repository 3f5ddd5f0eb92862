package io.orgkit.tck.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The simulated tenant's users and groups, and the change log behind {@code /users/delta}: every change of a user
 * gets the next sequence number; a delta token names the sequence number it was issued at. Deleting a user is a
 * soft delete ({@code @removed} reason {@code changed}: it can be restored with the same id) unless permanent
 * (reason {@code deleted}). Groups may contain users and groups; a group's owners are its managers. Group changes
 * (created, renamed, deleted, a member added or removed, a user's deletion taking it out of its groups) go to a
 * second log behind {@code /groups/delta}. Thread-safe.
 */
public final class GraphDirectory {
    /** The id of the root group, which always exists. */
    public static final String ROOT_GROUP = "00000000-0000-0000-0000-000000000001";

    private final Map<String, GraphUser> users = new LinkedHashMap<>();
    private final Map<String, GraphUser> softDeleted = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Change> log = new ArrayList<>();
    private final List<GroupChange> groupLog = new ArrayList<>();
    private long nextGroup = 2;

    /** A change of a user: its id and, for a removal, the reason ({@code changed} or {@code deleted}). */
    record Change(String userId, @Nullable String removed, boolean created) {}

    /**
     * A change of a group for {@code /groups/delta}: the group itself ({@code memberId} null; {@code removed} when
     * deleted), or a member (a group when {@code memberGroup}) added to it or removed from it.
     */
    record GroupChange(String groupId, @Nullable String memberId, boolean removed, boolean memberGroup) {}

    /** A group: name, members (user and group ids, in the order added), owners. */
    static final class Group {
        final String id;
        String name;
        final LinkedHashSet<String> members = new LinkedHashSet<>();
        final List<String> owners = new ArrayList<>();

        Group(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    GraphDirectory() {
        clear();
    }

    /** Back to no users and the root group alone; the change log restarts (older delta tokens become unknown). */
    public synchronized void clear() {
        users.clear();
        softDeleted.clear();
        groups.clear();
        log.clear();
        groupLog.clear();
        nextGroup = 2;
        groups.put(ROOT_GROUP, new Group(ROOT_GROUP, "All staff"));
    }

    /** Adds (or replaces) a user; a change for {@code /users/delta}. */
    public synchronized void addUser(GraphUser user) {
        users.put(user.id(), user);
        softDeleted.remove(user.id());
        log.add(new Change(user.id(), null, true));
    }

    /** Changes a user. @throws IllegalArgumentException when there is no such user */
    public synchronized void updateUser(String id, UnaryOperator<GraphUser> change) {
        GraphUser old = user(id).orElseThrow(() -> new IllegalArgumentException("no user " + id));
        users.put(id, change.apply(old));
        log.add(new Change(id, null, false));
    }

    /** Deletes a user: soft (restorable, delta reason {@code changed}) or permanent (reason {@code deleted}). */
    public synchronized void deleteUser(String id, boolean permanent) {
        GraphUser gone = users.remove(id);
        if (gone == null) {
            return;
        }
        if (!permanent) {
            softDeleted.put(id, gone);
        }
        groups.values().forEach(g -> {
            if (g.members.remove(id)) {
                groupLog.add(new GroupChange(g.id, id, true, false));
            }
            g.owners.remove(id);
        });
        log.add(new Change(id, permanent ? "deleted" : "changed", false));
    }

    /** Restores a soft-deleted user with its id and properties. @throws IllegalArgumentException when not deleted */
    public synchronized void restoreUser(String id) {
        GraphUser back = softDeleted.remove(id);
        if (back == null) {
            throw new IllegalArgumentException("no deleted user " + id);
        }
        users.put(id, back);
        log.add(new Change(id, null, true));
    }

    /** The user {@code id}, if it exists (not deleted). */
    public synchronized Optional<GraphUser> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    /** Every user, in the order added. */
    public synchronized List<GraphUser> users() {
        return List.copyOf(users.values());
    }

    /** Adds a group named {@code name} as a member of {@code parentId}; returns its id. */
    public synchronized String addGroup(String parentId, String name) {
        String id = String.format("00000000-0000-0000-0001-%012d", nextGroup++);
        Group parent = group(parentId);
        groups.put(id, new Group(id, name));
        parent.members.add(id);
        groupLog.add(new GroupChange(id, null, false, false));
        groupLog.add(new GroupChange(parentId, id, false, true));
        return id;
    }

    /**
     * Renames a group.
     *
     * @throws IllegalArgumentException when there is no such group
     */
    public synchronized void renameGroup(String id, String name) {
        group(id).name = name;
        groupLog.add(new GroupChange(id, null, false, false));
    }

    /** Makes {@code memberId} (a user or group) a member of {@code groupId}. */
    public synchronized void addMember(String groupId, String memberId) {
        if (group(groupId).members.add(memberId)) {
            groupLog.add(new GroupChange(groupId, memberId, false, groups.containsKey(memberId)));
        }
    }

    /** Removes a user or group from a group's members. */
    public synchronized void removeMember(String groupId, String memberId) {
        if (group(groupId).members.remove(memberId)) {
            groupLog.add(new GroupChange(groupId, memberId, true, groups.containsKey(memberId)));
        }
    }

    /** Replaces a group's owners (its managers). */
    public synchronized void setOwners(String groupId, List<String> ownerIds) {
        Group g = group(groupId);
        g.owners.clear();
        g.owners.addAll(ownerIds);
    }

    /** Deletes a group and drops it from every group it was a member of. */
    public synchronized void deleteGroup(String id) {
        if (groups.remove(id) == null) {
            return;
        }
        groupLog.add(new GroupChange(id, null, true, false));
        groups.values().forEach(g -> {
            if (g.members.remove(id)) {
                groupLog.add(new GroupChange(g.id, id, true, true));
            }
        });
    }

    /** The groups that have {@code memberId} as a direct member. */
    public synchronized List<String> groupsOf(String memberId) {
        return groups.values().stream()
                .filter(g -> g.members.contains(memberId))
                .map(g -> g.id)
                .toList();
    }

    synchronized @Nullable Group groupOrNull(String id) {
        return groups.get(id);
    }

    synchronized boolean isGroup(String id) {
        return groups.containsKey(id);
    }

    /** The latest sequence number (0: no change yet). */
    synchronized long sequence() {
        return log.size();
    }

    /** The changes after {@code from} up to {@code to}, one per user (its latest), oldest first. */
    synchronized List<Change> changes(long from, long to) {
        Map<String, Change> latest = new LinkedHashMap<>();
        for (int i = (int) from; i < to && i < log.size(); i++) {
            Change c = log.get(i);
            Change earlier = latest.remove(c.userId());
            boolean created = c.created() || (earlier != null && earlier.created() && c.removed() == null);
            latest.put(c.userId(), new Change(c.userId(), c.removed(), created));
        }
        return List.copyOf(latest.values());
    }

    /** The latest sequence number of the group change log (0: no change yet). */
    synchronized long groupSequence() {
        return groupLog.size();
    }

    /** Every group, in the order added. */
    synchronized List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** The group changes after {@code from} up to {@code to}, oldest first. */
    synchronized List<GroupChange> groupChanges(long from, long to) {
        return List.copyOf(
                groupLog.subList((int) Math.min(from, groupLog.size()), (int) Math.min(to, groupLog.size())));
    }

    private Group group(String id) {
        Group g = groups.get(id);
        if (g == null) {
            throw new IllegalArgumentException("no group " + id);
        }
        return g;
    }
}
