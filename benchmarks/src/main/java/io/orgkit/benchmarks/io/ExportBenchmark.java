package io.orgkit.benchmarks.io;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of an organization of 100,000 members to .xlsx, against a raw SXSSF write of the same cells (taken
 * from the organization beforehand) in the same run. Output goes to a discarding stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ExportBenchmark {
    @Param("100000")
    int rows;

    Org org;
    List<List<String>> cells;

    @Setup(Level.Trial)
    public void fillOrganization() throws Exception {
        Path file = MemberFiles.xlsx(Files.createTempFile("orgkit-bench-", ".xlsx"), rows);
        org = OrganizationService.builder().store(new InMemoryStore()).build().ensureDefault(Creator.named("Admin"));
        org.io().importMembers(file, ImportOptions.defaults().createMissingDepartments(true));
        Files.delete(file);
        cells = new ArrayList<>(rows + 1);
        cells.add(MemberFiles.HEADER);
        org.members()
                .list()
                .forEach(m -> cells.add(List.of(
                        m.name(),
                        text(m.employeeId()),
                        text(m.phone()),
                        text(m.email()),
                        text(m.position()),
                        "Division 1/Team 1")));
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }

    @Benchmark
    public void rawSxssfWrite() throws Exception {
        RawPoi.write(cells, OutputStream.nullOutputStream());
    }

    @Benchmark
    public void orgkitExport() {
        org.io().exportMembers(ExportScope.organization(), FileFormat.XLSX, OutputStream.nullOutputStream());
    }
}
