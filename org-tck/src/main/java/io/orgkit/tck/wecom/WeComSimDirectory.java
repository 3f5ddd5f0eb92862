package io.orgkit.tck.wecom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The simulated WeCom directory: departments (root id 1) and users in one or more departments. Every method is
 * thread-safe; a refused change (unknown id, cycle, non-empty department) changes nothing. Each change is also
 * reported to a listener (the simulator's callback outbox), as WeCom's {@code change_contact} events.
 */
public final class WeComSimDirectory {
    /** The id of the root (top) department, which always exists and cannot be deleted. */
    public static final long ROOT_ID = 1;

    private static final long FIRST_ORDER = 100_000_000L;

    /** Hears each change as WeCom's callback would name it. */
    interface Listener {
        void changed(String changeType, String id);
    }

    private final Map<Long, WeComSimDepartment> departments = new LinkedHashMap<>();
    private final Map<String, WeComSimUser> users = new LinkedHashMap<>();
    private final Map<Long, Set<String>> members = new HashMap<>();
    private final String rootName;
    private long nextId = 2;
    private volatile Listener listener = (type, id) -> {};

    WeComSimDirectory(String rootName) {
        this.rootName = rootName;
        clear();
    }

    void listener(Listener l) {
        this.listener = l;
    }

    /** Empties the directory to the root department alone. */
    public synchronized void clear() {
        departments.clear();
        users.clear();
        members.clear();
        departments.put(ROOT_ID, new WeComSimDepartment(ROOT_ID, rootName, 0, FIRST_ORDER, List.of()));
        members.put(ROOT_ID, new LinkedHashSet<>());
        nextId = 2;
    }

    /** Adds a department under {@code parentId}, last among its siblings (the smallest order); returns its id. */
    public synchronized long addDepartment(long parentId, String name) {
        long order = children(parentId).stream()
                        .mapToLong(WeComSimDepartment::order)
                        .min()
                        .orElse(FIRST_ORDER)
                - 10;
        return addDepartment(nextId, parentId, name, Math.max(0, order));
    }

    /** Adds a department with a chosen id and order (a larger order comes first); returns its id. */
    public synchronized long addDepartment(long id, long parentId, String name, long order) {
        require(parentId);
        if (departments.containsKey(id)) {
            throw new IllegalArgumentException("department " + id + " exists");
        }
        departments.put(id, new WeComSimDepartment(id, name, parentId, order, List.of()));
        members.put(id, new LinkedHashSet<>());
        nextId = Math.max(nextId, id + 1);
        listener.changed("create_party", Long.toString(id));
        return id;
    }

    /** Renames a department. */
    public synchronized void renameDepartment(long id, String name) {
        WeComSimDepartment d = require(id);
        departments.put(id, d.with(name, d.parentId(), d.order(), d.leaders()));
        listener.changed("update_party", Long.toString(id));
    }

    /** Gives a department another {@code order} (a larger one comes first). */
    public synchronized void reorderDepartment(long id, long order) {
        WeComSimDepartment d = require(id);
        departments.put(id, d.with(d.name(), d.parentId(), order, d.leaders()));
        listener.changed("update_party", Long.toString(id));
    }

    /** Moves a department under another parent; a move under itself or its own subtree is refused. */
    public synchronized void moveDepartment(long id, long newParentId) {
        WeComSimDepartment d = require(id);
        require(newParentId);
        for (long p = newParentId; p != 0; p = require(p).parentId()) {
            if (p == id) {
                throw new IllegalArgumentException("department " + id + " cannot move under its own subtree");
            }
        }
        departments.put(id, d.with(d.name(), newParentId, d.order(), d.leaders()));
        listener.changed("update_party", Long.toString(id));
    }

    /** Deletes an empty department (WeCom refuses to delete one with sub-departments or users). */
    public synchronized void deleteDepartment(long id) {
        require(id);
        if (id == ROOT_ID || !children(id).isEmpty() || !membersOf(id).isEmpty()) {
            throw new IllegalStateException("department " + id + " is the root or not empty");
        }
        departments.remove(id);
        members.remove(id);
        listener.changed("delete_party", Long.toString(id));
    }

    /** Sets {@code department_leader}; the users' {@code is_leader_in_dept} follow it. */
    public synchronized void setLeaders(long id, List<String> userids) {
        WeComSimDepartment d = require(id);
        userids.forEach(this::requireUser);
        departments.put(id, d.with(d.name(), d.parentId(), d.order(), userids));
        listener.changed("update_party", Long.toString(id));
    }

    /** Adds a user to its departments; its userid must be new. */
    public synchronized void addUser(WeComSimUser user) {
        if (users.containsKey(user.userid())) {
            throw new IllegalArgumentException("user " + user.userid() + " exists");
        }
        user.departments().forEach(this::require);
        users.put(user.userid(), user);
        user.departments().forEach(d -> membersOf(d).add(user.userid()));
        listener.changed("create_user", user.userid());
    }

    /** Replaces a user by {@code change} applied to it; department changes are applied too. */
    public synchronized void updateUser(String userid, UnaryOperator<WeComSimUser> change) {
        WeComSimUser old = requireUser(userid);
        WeComSimUser updated = change.apply(old);
        if (!updated.userid().equals(userid)) {
            throw new IllegalArgumentException("a user's userid cannot change here");
        }
        updated.departments().forEach(this::require);
        old.departments().stream()
                .filter(d -> !updated.departments().contains(d))
                .forEach(d -> membersOf(d).remove(userid));
        updated.departments().forEach(d -> membersOf(d).add(userid));
        users.put(userid, updated);
        listener.changed("update_user", userid);
    }

    /** Deletes a user (WeCom's "delete member"); it also leaves every leader list. */
    public synchronized void removeUser(String userid) {
        WeComSimUser u = requireUser(userid);
        u.departments().forEach(d -> membersOf(d).remove(userid));
        users.remove(userid);
        for (WeComSimDepartment d : List.copyOf(departments.values())) {
            if (d.leaders().contains(userid)) {
                departments.put(
                        d.id(),
                        d.with(
                                d.name(),
                                d.parentId(),
                                d.order(),
                                d.leaders().stream()
                                        .filter(m -> !m.equals(userid))
                                        .toList()));
            }
        }
        listener.changed("delete_user", userid);
    }

    /** The department {@code id}, if there is one. */
    public synchronized Optional<WeComSimDepartment> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    /** The user {@code userid}, if there is one. */
    public synchronized Optional<WeComSimUser> user(String userid) {
        return Optional.ofNullable(users.get(userid));
    }

    /** Direct sub-departments in WeCom's order (a larger order first, then by id). */
    public synchronized List<WeComSimDepartment> children(long parentId) {
        return departments.values().stream()
                .filter(d -> d.parentId() == parentId && d.id() != parentId)
                .sorted(Comparator.comparingLong(WeComSimDepartment::order)
                        .reversed()
                        .thenComparingLong(WeComSimDepartment::id))
                .toList();
    }

    /** {@code id} and every department below it, breadth-first. */
    public synchronized List<WeComSimDepartment> subtree(long id) {
        List<WeComSimDepartment> out = new ArrayList<>();
        Deque<WeComSimDepartment> queue = new ArrayDeque<>(List.of(require(id)));
        while (!queue.isEmpty()) {
            WeComSimDepartment d = queue.poll();
            out.add(d);
            queue.addAll(children(d.id()));
        }
        return out;
    }

    /** Users directly in a department, in the order they joined it. */
    public synchronized List<WeComSimUser> usersIn(long deptId) {
        require(deptId);
        return membersOf(deptId).stream().map(users::get).toList();
    }

    /** Every department, in the order they were added. */
    public synchronized List<WeComSimDepartment> departments() {
        return new ArrayList<>(departments.values());
    }

    /** Every user, in the order they were added. */
    public synchronized List<WeComSimUser> users() {
        return new ArrayList<>(users.values());
    }

    /** How many departments there are, the root included. */
    public synchronized int departmentCount() {
        return departments.size();
    }

    /** How many users there are, whatever their status. */
    public synchronized int userCount() {
        return users.size();
    }

    /**
     * Adds {@code count - 1} departments (at most {@code maxDepth} below the root) and {@code members} users: each
     * in a random department, one in ten also in a second one, about 3% disabled and 3% not activated, a
     * {@code 工号}, and about half the departments with one of their users as leader. Reproducible per seed.
     */
    public synchronized void generate(long seed, int count, int memberCount, int maxDepth) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> placed = new ArrayList<>();
        placed.add(new long[] {ROOT_ID, 0});
        for (int i = 1; i < count; i++) {
            long[] parent = i <= maxDepth ? placed.get(i - 1) : pick(placed, maxDepth, random);
            long id = addDepartment(parent[0], "Dept " + i);
            placed.add(new long[] {id, parent[1] + 1});
        }
        String[] titles = {"Engineer", "Designer", "Manager", "Analyst", "Sales", "HR"};
        for (int i = 0; i < memberCount; i++) {
            long main = placed.get(random.nextInt(placed.size()))[0];
            List<Long> depts = new ArrayList<>(List.of(main));
            if (placed.size() > 1 && random.nextInt(10) == 0) {
                long second = placed.get(random.nextInt(placed.size()))[0];
                if (second != main) {
                    depts.add(second);
                }
            }
            int roll = random.nextInt(100);
            String id = String.format("u%07d", i);
            addUser(new WeComSimUser(
                    id,
                    "User " + i,
                    String.format("138%08d", i),
                    id + "@corp.example",
                    titles[random.nextInt(titles.length)],
                    String.format("E%07d", i),
                    depts,
                    main,
                    roll < 3 ? 2 : roll < 6 ? 4 : 1));
        }
        for (long[] d : placed) {
            List<WeComSimUser> in = usersIn(d[0]);
            if (!in.isEmpty() && random.nextBoolean()) {
                setLeaders(d[0], List.of(in.get(0).userid()));
            }
        }
    }

    private static long[] pick(List<long[]> placed, int maxDepth, SplittableRandom random) {
        while (true) {
            long[] candidate = placed.get(random.nextInt(placed.size()));
            if (candidate[1] < maxDepth) {
                return candidate;
            }
        }
    }

    private WeComSimDepartment require(long id) {
        WeComSimDepartment d = departments.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no department " + id);
        }
        return d;
    }

    /** The userids in department {@code id}; every department has an entry, kept with it by add and delete. */
    private Set<String> membersOf(long id) {
        Set<String> in = members.get(id);
        if (in == null) {
            throw new IllegalArgumentException("no department " + id);
        }
        return in;
    }

    private WeComSimUser requireUser(String userid) {
        WeComSimUser u = users.get(userid);
        if (u == null) {
            throw new IllegalArgumentException("no user " + userid);
        }
        return u;
    }
}
