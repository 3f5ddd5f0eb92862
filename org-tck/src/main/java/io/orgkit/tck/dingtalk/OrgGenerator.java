package io.orgkit.tck.dingtalk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fills a {@link SimDirectory} with a reproducible organization of a chosen size and depth. */
final class OrgGenerator {
    private static final String[] TITLES = {"Engineer", "Designer", "Manager", "Analyst", "Sales", "HR"};

    private final SimDirectory directory;
    private final SplittableRandom random;

    OrgGenerator(SimDirectory directory, long seed) {
        this.directory = directory;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Adds {@code departments - 1} departments under the root (so the directory holds {@code departments}),
     * nested at most {@code maxDepth} levels below the root and at least that deep when there are enough, and
     * {@code members} users: each in a random department, one in ten also in a second one, about 3% inactive,
     * and about half the departments with one of their users as manager.
     */
    void generate(int departments, int members, int maxDepth) {
        List<long[]> placed = new ArrayList<>();
        placed.add(new long[] {SimDirectory.ROOT_ID, 0});
        for (int i = 1; i < departments; i++) {
            long[] parent = i <= maxDepth ? placed.get(i - 1) : pickParent(placed, maxDepth);
            long id = directory.addDepartment(parent[0], "Dept " + i);
            placed.add(new long[] {id, parent[1] + 1});
        }
        for (int i = 0; i < members; i++) {
            directory.addUser(user(i, placed));
        }
        appointManagers(placed);
    }

    private long[] pickParent(List<long[]> placed, int maxDepth) {
        while (true) {
            long[] candidate = placed.get(random.nextInt(placed.size()));
            if (candidate[1] < maxDepth) {
                return candidate;
            }
        }
    }

    private SimUser user(int i, List<long[]> placed) {
        long main = placed.get(random.nextInt(placed.size()))[0];
        List<Long> depts = new ArrayList<>(List.of(main));
        if (placed.size() > 1 && random.nextInt(10) == 0) {
            long second = placed.get(random.nextInt(placed.size()))[0];
            if (second != main) {
                depts.add(second);
            }
        }
        String id = String.format("u%07d", i);
        return new SimUser(
                id,
                "User " + i,
                String.format("138%08d", i),
                id + "@corp.example",
                String.format("E%07d", i),
                TITLES[random.nextInt(TITLES.length)],
                depts,
                random.nextInt(100) >= 3);
    }

    private void appointManagers(List<long[]> placed) {
        for (long[] d : placed) {
            List<SimUser> in = directory.usersIn(d[0]);
            if (!in.isEmpty() && random.nextBoolean()) {
                directory.setManagers(d[0], List.of(in.get(0).userid()));
            }
        }
    }
}
