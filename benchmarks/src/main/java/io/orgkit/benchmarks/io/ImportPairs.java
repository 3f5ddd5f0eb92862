package io.orgkit.benchmarks.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 9's import ratio measured in pairs, so that the machine's drift during a run (the disk, the database
 * server's checkpoints, the page cache) falls on both sides alike: each round imports the file into a fresh
 * organization ({@link ImportBenchmark#orgkitImport}) and runs the raw floor on fresh plain tables
 * ({@link ImportBenchmark#rawParseAndJdbcInsert}: the raw POI parse plus plain JDBC batches of the members and
 * their links), alternating which goes first (ABBA), and the ratio is taken within each round. Prints every
 * round and the medians; the first {@code warm-up} rounds are left out of them.
 *
 * <p>{@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.orgkit.benchmarks.io.ImportPairs
 * <h2|postgres|memory> [rows=100000] [rounds=8] [warm-up=2]} (PostgreSQL: {@code ORGKIT_BENCH_POSTGRES_URL} or
 * the local default, a fresh schema per shot). With {@code memory} the floor is the raw parse alone.
 */
public final class ImportPairs {
    private ImportPairs() {}

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        ImportBenchmark b = new ImportBenchmark();
        b.rows = rows;
        b.store = store;
        b.strings = "shared";
        b.writeFile();
        List<Double> imports = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        try {
            for (int round = 0; round < warmUp + rounds; round++) {
                boolean importFirst = round % 2 == 0;
                double first = shot(b, importFirst);
                double second = shot(b, !importFirst);
                double imp = importFirst ? first : second;
                double floor = importFirst ? second : first;
                boolean measured = round >= warmUp;
                System.out.printf(
                        "%s round %d (%s first): import %.0f ms, floor %.0f ms, ratio %.2f%n",
                        measured ? "measured" : "warm-up",
                        round + 1,
                        importFirst ? "import" : "floor",
                        imp,
                        floor,
                        imp / floor);
                if (measured) {
                    imports.add(imp);
                    floors.add(floor);
                    ratios.add(imp / floor);
                }
            }
        } finally {
            b.deleteFile();
        }
        System.out.printf(
                "%s, %d rows, %d rounds: median import %.0f ms, median floor %.0f ms, median of the rounds' ratios"
                        + " %.2f (lowest %.2f, highest %.2f)%n",
                store,
                rows,
                rounds,
                median(imports),
                median(floors),
                median(ratios),
                ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    }

    /** One import or one floor on a fresh organization and fresh plain tables, in milliseconds. */
    private static double shot(ImportBenchmark b, boolean orgkit) throws Exception {
        b.freshOrganization();
        try {
            long start = System.nanoTime();
            if (orgkit) {
                b.orgkitImport();
            } else if (b.store.equals("memory")) {
                long[] cells = {0};
                RawPoi.parse(b.file, row -> cells[0] += row.size());
            } else {
                b.rawParseAndJdbcInsert();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            b.closeStore();
        }
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
