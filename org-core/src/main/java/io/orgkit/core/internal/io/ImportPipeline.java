package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportProgress;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.MemberFileFormat;
import io.orgkit.core.io.RowHandler;
import io.orgkit.core.organizations.OrgId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        DepartmentPaths tree = ctx.read(s -> {
            Guard.writableOrganization(s, org);
            return new DepartmentPaths(s.departments(org));
        });
        checkSize(file, o.limits().maxFileBytes());
        try (RowSpool spool = RowSpool.create()) {
            DepartmentCheck[] depts = new DepartmentCheck[1];
            ImportRun run = prepare(o, spool, tree, depts);
            read(file, format, o, run::accept);
            run.doneReading();
            List<String> header = run.header().header();
            if (!run.errors.isEmpty() && o.mode() == ImportMode.ALL_OR_NOTHING) {
                return done(
                        o,
                        new ImportResult(
                                run.read(),
                                0,
                                0,
                                run.validCount(),
                                run.invalid.size(),
                                run.errors,
                                header,
                                run.invalid));
            }
            ImportWriter.Counts c = ctx.write(org, tx -> write(tx, o, tree, depts[0], run));
            return done(
                    o,
                    new ImportResult(
                            run.read(),
                            c.created(),
                            c.updated(),
                            c.unchanged(),
                            run.invalid.size(),
                            run.errors,
                            header,
                            run.invalid));
        }
    }

    /** Second pass, in the transaction: the spooled checked rows (values normalised once, while checking), in chunks. */
    private ImportWriter.Counts write(
            Tx tx, ImportOptions o, DepartmentPaths tree, DepartmentCheck depts, ImportRun run) {
        Guard.writable(tx.organization());
        RowValidator validator = run.validator();
        ImportWriter w =
                new ImportWriter(tx, ctx.memberWrites(), org, tree, validator::merged, o.progress(), run.validCount());
        w.createDepartments(used(depts.toCreate(), run.validPaths, tree));
        w.checkDepartments(run.validPaths);
        run.valid.forEach(row -> w.add(validator.pending(row)));
        return w.finish();
    }

    /** The run whose validators check rows against the members stored now (released after reading). */
    private ImportRun prepare(ImportOptions o, RowSpool spool, DepartmentPaths tree, DepartmentCheck[] depts) {
        ExistingMembers existing = ctx.read(s -> new ExistingMembers(s.allMembers(org, true)));
        Instant now = ctx.clock().instant();
        return new ImportRun(o, spool, h -> {
            depts[0] = new DepartmentCheck(tree, h, o.createMissingDepartments());
            return new RowValidator(
                    org,
                    h,
                    now,
                    depts[0],
                    new UniquenessCheck(existing, h, o.upsertByEmployeeId()),
                    ctx.memberWrites().rules());
        });
    }

    /** The departments to create that rows being written need (an invalid row's new path is not created). */
    private static Set<String> used(Set<String> toCreate, Set<String> validPaths, DepartmentPaths tree) {
        if (toCreate.isEmpty()) {
            return toCreate;
        }
        Set<String> needed = new HashSet<>();
        for (String path : validPaths) {
            if (tree.find(path) == null && needed.add(path)) {
                List<String> names = PathCell.parse(path).get(0);
                for (int k = 1; k < names.size(); k++) {
                    needed.add(PathCell.canonical(names.subList(0, k)));
                }
            }
        }
        Set<String> neededKeys = new HashSet<>();
        needed.forEach(p -> neededKeys.add(DepartmentPaths.key(p)));
        Set<String> out = new LinkedHashSet<>();
        for (String p : toCreate) {
            if (neededKeys.contains(DepartmentPaths.key(p))) {
                out.add(p);
            }
        }
        return out;
    }

    ImportResult run(InputStream in, FileFormat format, ImportOptions o) {
        ctx.read(s -> Guard.writableOrganization(s, org));
        try (Spool spool = Spool.of(in, format.extension(), o.limits().maxFileBytes())) {
            return run(spool.file(), format, o);
        }
    }

    private static void read(Path file, FileFormat format, ImportOptions o, RowHandler rows) {
        try {
            MemberFileFormat reader = Formats.get(format);
            ReadAhead.read(r -> reader.read(file, o.limits(), o.csvCharset(), r), rows);
        } catch (IOException e) {
            throw ValidationException.of(
                    "file",
                    "the file could not be read (" + e.getMessage() + "); check that" + " it is a complete " + format
                            + " file and upload it again");
        }
    }

    private static ImportResult done(ImportOptions o, ImportResult r) {
        o.progress()
                .onProgress(new ImportProgress(
                        ImportProgress.Phase.DONE, r.read(), r.created() + r.updated(), r.created() + r.updated()));
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
        return ValidationException.of(
                "file",
                "the file is larger than " + (max >> 20) + " MB, the import limit;"
                        + " split it into smaller files (or raise ImportLimits.maxFileBytes); nothing was imported");
    }
}
