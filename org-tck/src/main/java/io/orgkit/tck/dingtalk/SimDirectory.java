package io.orgkit.tck.dingtalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The simulated DingTalk directory: departments (root id 1) and users in one or more departments. Every
 * method is thread-safe; a refused change (unknown id, cycle, non-empty department) changes nothing.
 */
public final class SimDirectory {
    /** The id of the root department (DingTalk's is 1). */
    public static final long ROOT_ID = 1;

    private final Map<Long, SimDepartment> departments = new LinkedHashMap<>();
    private final Map<String, SimUser> users = new LinkedHashMap<>();
    private final Map<Long, Set<String>> members = new HashMap<>();
    private final String rootName;
    private long nextId = 2;

    SimDirectory(String rootName) {
        this.rootName = rootName;
        clear();
    }

    /** Empties the directory to the root department alone. */
    public synchronized void clear() {
        departments.clear();
        users.clear();
        members.clear();
        departments.put(ROOT_ID, new SimDepartment(ROOT_ID, rootName, 0, 0, List.of()));
        members.put(ROOT_ID, new LinkedHashSet<>());
        nextId = 2;
    }

    /** Adds a department under {@code parentId}, last among its siblings; returns its id. */
    public synchronized long addDepartment(long parentId, String name) {
        long order = children(parentId).stream()
                        .mapToLong(SimDepartment::order)
                        .max()
                        .orElse(0)
                + 10;
        return addDepartment(nextId, parentId, name, order);
    }

    /** Adds a department with a chosen id and order; returns its id. */
    public synchronized long addDepartment(long id, long parentId, String name, long order) {
        require(parentId);
        if (departments.containsKey(id)) {
            throw new IllegalArgumentException("department " + id + " exists");
        }
        departments.put(id, new SimDepartment(id, name, parentId, order, List.of()));
        members.put(id, new LinkedHashSet<>());
        nextId = Math.max(nextId, id + 1);
        return id;
    }

    /**
     * Renames a department.
     *
     * @param id the department
     * @param name the new name
     * @throws IllegalArgumentException when there is no such department
     */
    public synchronized void renameDepartment(long id, String name) {
        departments.put(id, require(id).withName(name));
    }

    /**
     * Changes a department's sibling order.
     *
     * @param id the department
     * @param order the order
     * @throws IllegalArgumentException when there is no such department
     */
    public synchronized void reorderDepartment(long id, long order) {
        departments.put(id, require(id).withOrder(order));
    }

    /** Moves a department under another parent; a move under itself or its own subtree is refused. */
    public synchronized void moveDepartment(long id, long newParentId) {
        SimDepartment d = require(id);
        require(newParentId);
        for (long p = newParentId;
                p != 0;
                p = java.util.Objects.requireNonNull(departments.get(p)).parentId()) {
            if (p == id) {
                throw new IllegalArgumentException("department " + id + " cannot move under its own subtree");
            }
        }
        departments.put(id, d.withParent(newParentId));
    }

    /** Deletes an empty department (DingTalk refuses to delete one with sub-departments or users). */
    public synchronized void deleteDepartment(long id) {
        require(id);
        if (id == ROOT_ID
                || !children(id).isEmpty()
                || !java.util.Objects.requireNonNull(members.get(id)).isEmpty()) {
            throw new IllegalStateException("department " + id + " is the root or not empty");
        }
        departments.remove(id);
        members.remove(id);
    }

    /**
     * Replaces a department's managers.
     *
     * @param id the department
     * @param userids the managers' user ids
     * @throws IllegalArgumentException when there is no such department
     */
    public synchronized void setManagers(long id, List<String> userids) {
        departments.put(id, require(id).withManagers(userids));
    }

    /**
     * Adds a user to its departments.
     *
     * @param user the user
     * @throws IllegalArgumentException when the userid exists or a department does not
     */
    public synchronized void addUser(SimUser user) {
        if (users.containsKey(user.userid())) {
            throw new IllegalArgumentException("user " + user.userid() + " exists");
        }
        user.deptIds().forEach(this::require);
        users.put(user.userid(), user);
        user.deptIds()
                .forEach(d -> java.util.Objects.requireNonNull(members.get(d)).add(user.userid()));
    }

    /** Replaces a user by {@code change} applied to it; department changes are applied too. */
    public synchronized void updateUser(String userid, UnaryOperator<SimUser> change) {
        SimUser old = requireUser(userid);
        SimUser updated = change.apply(old);
        if (!updated.userid().equals(userid)) {
            throw new IllegalArgumentException("a user's userid cannot change");
        }
        updated.deptIds().forEach(this::require);
        old.deptIds().stream()
                .filter(d -> !updated.deptIds().contains(d))
                .forEach(d -> java.util.Objects.requireNonNull(members.get(d)).remove(userid));
        updated.deptIds()
                .forEach(d -> java.util.Objects.requireNonNull(members.get(d)).add(userid));
        users.put(userid, updated);
    }

    /**
     * Replaces a user's departments.
     *
     * @param userid the user
     * @param deptIds the departments, the main one first
     * @throws IllegalArgumentException when there is no such user or department
     */
    public void moveUser(String userid, List<Long> deptIds) {
        updateUser(userid, u -> u.withDepartments(deptIds));
    }

    /**
     * Marks a user as not active (listed, but disabled).
     *
     * @param userid the user
     * @throws IllegalArgumentException when there is no such user
     */
    public void deactivateUser(String userid) {
        updateUser(userid, u -> u.withActive(false));
    }

    /** Removes a user (DingTalk's "delete user"); it also leaves every manager list. */
    public synchronized void removeUser(String userid) {
        SimUser u = requireUser(userid);
        u.deptIds()
                .forEach(d -> java.util.Objects.requireNonNull(members.get(d)).remove(userid));
        users.remove(userid);
        for (SimDepartment d : List.copyOf(departments.values())) {
            if (d.managers().contains(userid)) {
                departments.put(
                        d.id(),
                        d.withManagers(d.managers().stream()
                                .filter(m -> !m.equals(userid))
                                .toList()));
            }
        }
    }

    /**
     * A department.
     *
     * @param id the department's id
     * @return the department, or empty when there is none
     */
    public synchronized Optional<SimDepartment> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    /**
     * A user.
     *
     * @param userid the user's id
     * @return the user, or empty when there is none
     */
    public synchronized Optional<SimUser> user(String userid) {
        return Optional.ofNullable(users.get(userid));
    }

    /** Direct sub-departments in DingTalk's order (by {@code order}, then id). */
    public synchronized List<SimDepartment> children(long parentId) {
        return departments.values().stream()
                .filter(d -> d.parentId() == parentId && d.id() != parentId)
                .sorted(Comparator.comparingLong(SimDepartment::order).thenComparingLong(SimDepartment::id))
                .toList();
    }

    /** Users directly in a department (not in its sub-departments), in the order they joined it. */
    public synchronized List<SimUser> usersIn(long deptId) {
        require(deptId);
        return java.util.Objects.requireNonNull(members.get(deptId)).stream()
                .map(users::get)
                .toList();
    }

    /** {@return a copy of every department} */
    public synchronized List<SimDepartment> departments() {
        return new ArrayList<>(departments.values());
    }

    /** {@return a copy of every user} */
    public synchronized List<SimUser> users() {
        return new ArrayList<>(users.values());
    }

    /** {@return the number of departments, the root included} */
    public synchronized int departmentCount() {
        return departments.size();
    }

    /** {@return the number of users} */
    public synchronized int userCount() {
        return users.size();
    }

    private SimDepartment require(long id) {
        SimDepartment d = departments.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no department " + id);
        }
        return d;
    }

    private SimUser requireUser(String userid) {
        SimUser u = users.get(userid);
        if (u == null) {
            throw new IllegalArgumentException("no user " + userid);
        }
        return u;
    }
}
