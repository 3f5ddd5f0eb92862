package io.orgkit.spring.boot.internal;

import io.orgkit.core.io.ExportOptions;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.HeaderLanguage;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.MemberIo;
import io.orgkit.core.organizations.OrgId;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** Imports that publish an {@link io.orgkit.spring.boot.ImportFinishedEvent} when they end. */
final class ObservedMemberIo implements MemberIo {
    private final OrgId org;
    private final MemberIo delegate;
    private final Observer observer;

    ObservedMemberIo(OrgId org, MemberIo delegate, Observer observer) {
        this.org = org;
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public ImportResult importMembers(Path file, ImportOptions options) {
        return observer.importing(org, () -> delegate.importMembers(file, options));
    }

    @Override
    public ImportResult importMembers(InputStream in, FileFormat format, ImportOptions options) {
        return observer.importing(org, () -> delegate.importMembers(in, format, options));
    }

    @Override
    public void exportMembers(ExportScope scope, FileFormat format, OutputStream out) {
        delegate.exportMembers(scope, format, out);
    }

    @Override
    public void exportMembers(ExportScope scope, FileFormat format, ExportOptions options, OutputStream out) {
        delegate.exportMembers(scope, format, options, out);
    }

    @Override
    public void writeTemplate(FileFormat format, OutputStream out) {
        delegate.writeTemplate(format, out);
    }

    @Override
    public void writeTemplate(FileFormat format, HeaderLanguage language, OutputStream out) {
        delegate.writeTemplate(format, language, out);
    }

    @Override
    public void writeErrorReport(ImportResult result, FileFormat format, OutputStream out) {
        delegate.writeErrorReport(result, format, out);
    }
}
