package io.orgkit.benchmarks.io;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap harness: {@code generate <rows> <file>} writes a member workbook; {@code import <rows> <file>} imports it
 * into the in-memory store, or with a fourth argument {@code h2} into an embedded H2 {@code JdbcStore} in a temporary
 * directory (row limit raised to {@code rows}), and prints the peak heap live after a GC. Run the import with the
 * heap limit to check, e.g. {@code java -Xmx128m -cp benchmarks.jar ...ImportHeapCheck import 100000 m.xlsx}.
 */
public final class ImportHeapCheck {
    private ImportHeapCheck() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        if (args[0].equals("generate")) {
            MemberFiles.xlsx(file, rows);
            System.out.println("wrote " + rows + " rows to " + file + " (" + (Files.size(file) >> 10) + " KB)");
            return;
        }
        Path h2 = args.length > 3 && args[3].equals("h2") ? Files.createTempDirectory("orgkit-heap-") : null;
        OrgStore store = h2 == null ? new InMemoryStore() : JdbcStore.h2(h2);
        Org org = OrganizationService.builder().store(store).build().ensureDefault(Creator.named("Admin"));
        PeakAfterGc peak = PeakAfterGc.start();
        long start = System.nanoTime();
        ImportResult r = org.io()
                .importMembers(file, ImportOptions.defaults().maxRows(rows).createMissingDepartments(true));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long retained =
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(
                "%s in %d ms; -Xmx %d MB; peak heap live after a GC during the import %d MB;"
                        + " retained afterwards (%s store) %d MB; members now %d%n",
                r,
                ms,
                Runtime.getRuntime().maxMemory() >> 20,
                peak.max() >> 20,
                h2 == null ? "in-memory" : "H2",
                retained >> 20,
                org.members().count());
        if (store instanceof JdbcStore jdbc) {
            jdbc.close();
            try (var files = Files.walk(h2)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
