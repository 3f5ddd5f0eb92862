package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.io.ExportOptions;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.HeaderLanguage;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.MemberIo;
import io.orgkit.core.io.SheetWriter;
import io.orgkit.core.io.TemplateSpec;
import io.orgkit.core.organizations.OrgId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Import and export for one organization. */
public final class DefaultMemberIo implements MemberIo {
    private final ServiceContext ctx;
    private final OrgId org;

    public DefaultMemberIo(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    @Override
    public ImportResult importMembers(Path file, ImportOptions options) {
        Objects.requireNonNull(options, "options");
        return new ImportPipeline(ctx, org).run(file, formatOf(file), options);
    }

    @Override
    public ImportResult importMembers(InputStream in, FileFormat format, ImportOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Formats.get(format);
        return new ImportPipeline(ctx, org).run(in, format, options);
    }

    @Override
    public void exportMembers(ExportScope scope, FileFormat format, OutputStream out) {
        exportMembers(scope, format, ExportOptions.defaults(), out);
    }

    @Override
    public void exportMembers(ExportScope scope, FileFormat format, ExportOptions options, OutputStream out) {
        new ExportPipeline(ctx, org).run(scope, format, options, out);
    }

    @Override
    public void writeTemplate(FileFormat format, OutputStream out) {
        writeTemplate(format, HeaderLanguage.ENGLISH, out);
    }

    @Override
    public void writeTemplate(FileFormat format, HeaderLanguage language, OutputStream out) {
        var f = Formats.get(format);
        TemplateSpec spec = ctx.read(s -> {
            Guard.organization(s, org);
            return Templates.of(new DepartmentPaths(s.departments(org)), language);
        });
        try {
            f.writeTemplate(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the template failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void writeErrorReport(ImportResult result, FileFormat format, OutputStream out) {
        try (SheetWriter w = Formats.get(format).writer(out, "Errors")) {
            ErrorReport.write(result, w);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the error report failed: " + e.getMessage(), e);
        }
    }

    /** By extension; otherwise by content: a ZIP or OLE2 (legacy/encrypted Excel) signature means XLSX. */
    static FileFormat formatOf(Path file) {
        FileFormat byName = FileFormat.fromFileName(file);
        if (byName != null) {
            return byName;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K';
            boolean ole2 = head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
            return zip || ole2 ? FileFormat.XLSX : FileFormat.CSV;
        } catch (IOException e) {
            throw ValidationException.of(
                    "file", "cannot read " + file.getFileName() + " (" + e.getMessage() + "); check the path");
        }
    }
}
