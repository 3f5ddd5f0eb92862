package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportProgress;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.SourceRow;
import io.orgkit.core.organizations.OrgId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One import: checks the organization is writable and the file within limits, reads and validates every row
 * (nothing written yet), then writes the valid rows in one transaction unless the mode forbids it.
 */
final class ImportPipeline {
    private final ServiceContext ctx;
    private final OrgId org;

    ImportPipeline(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    ImportResult run(Path file, FileFormat format, ImportOptions o) {
        Snapshot snap = ctx.read(s -> {
            Guard.writableOrganization(s, org);
            return new Snapshot(new DepartmentPaths(s.departments(org)), new ExistingMembers(s.allMembers(org, true)));
        });
        checkSize(file, o.limits().maxFileBytes());
        Instant now = ctx.clock().instant();
        DepartmentCheck[] depts = new DepartmentCheck[1];
        ImportRun run = new ImportRun(o, h -> {
            depts[0] = new DepartmentCheck(snap.tree(), h, o.createMissingDepartments());
            return new RowValidator(org, h, now, depts[0], new UniquenessCheck(snap.members(), h, o.upsertByEmployeeId()));
        });
        read(file, format, o, run);
        List<String> header = run.header().header();
        if (!run.errors.isEmpty() && o.mode() == ImportMode.ALL_OR_NOTHING) {
            return done(o, new ImportResult(run.read(), 0, 0, run.valid.size(), run.invalid.size(), run.errors, header,
                    allRows(run)));
        }
        ImportWriter.Counts c = ctx.write(tx -> {
            Guard.writableOrganization(tx.session(), org);
            ImportWriter w = new ImportWriter(tx, org, snap.tree());
            w.createDepartments(depts[0].toCreate());
            return w.write(run.valid, o.progress());
        });
        return done(o, new ImportResult(run.read(), c.created(), c.updated(), c.unchanged(), run.invalid.size(),
                run.errors, header, run.invalid));
    }

    ImportResult run(InputStream in, FileFormat format, ImportOptions o) {
        ctx.read(s -> Guard.writableOrganization(s, org));
        try (Spool spool = Spool.of(in, format.extension(), o.limits().maxFileBytes())) {
            return run(spool.file(), format, o);
        }
    }

    private static void read(Path file, FileFormat format, ImportOptions o, ImportRun run) {
        try {
            Formats.get(format).read(file, o.limits(), o.csvCharset(), run::accept);
        } catch (IOException e) {
            throw ValidationException.of("file", "the file could not be read (" + e.getMessage() + "); check that"
                    + " it is a complete " + format + " file and upload it again");
        }
    }

    private static List<SourceRow> allRows(ImportRun run) {
        List<SourceRow> rows = new ArrayList<>(run.valid.size() + run.invalid.size());
        run.valid.forEach(p -> rows.add(p.source()));
        rows.addAll(run.invalid);
        rows.sort(Comparator.comparingInt(SourceRow::number));
        return rows;
    }

    private static ImportResult done(ImportOptions o, ImportResult r) {
        o.progress().onProgress(new ImportProgress(ImportProgress.Phase.DONE, r.read(), r.created() + r.updated(),
                r.created() + r.updated()));
        return r;
    }

    private static void checkSize(Path file, long max) {
        try {
            if (Files.size(file) > max) {
                throw tooLarge(max);
            }
        } catch (IOException e) {
            throw ValidationException.of("file", "cannot read " + file.getFileName() + " (" + e.getMessage() + ")");
        }
    }

    static ValidationException tooLarge(long max) {
        return ValidationException.of("file", "the file is larger than " + (max >> 20) + " MB, the import limit;"
                + " split it into smaller files (or raise ImportLimits.maxFileBytes); nothing was imported");
    }

    private record Snapshot(DepartmentPaths tree, ExistingMembers members) {
    }
}
