package io.orgkit.excel;

import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.MemberFileFormat;
import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SheetWriter;
import io.orgkit.core.io.TemplateSpec;
import io.orgkit.excel.internal.XlsxChecks;
import io.orgkit.excel.internal.XlsxReader;
import io.orgkit.excel.internal.XlsxSheetWriter;
import io.orgkit.excel.internal.XlsxTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The XLSX member file format. Reading checks the file first (encrypted, legacy .xls, damaged, zip bomb) and
 * then streams the first sheet with a SAX parser, cells as values; writing streams with SXSSF, cells as text.
 */
public final class XlsxFormat implements MemberFileFormat {

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public void read(Path file, ImportLimits limits, @Nullable Charset charset, RowHandler rows) throws IOException {
        XlsxChecks.check(file, limits);
        XlsxReader.read(file, limits, rows);
    }

    @Override
    public SheetWriter writer(OutputStream out, String sheetName) {
        return new XlsxSheetWriter(out, sheetName);
    }

    @Override
    public void writeTemplate(TemplateSpec template, OutputStream out) throws IOException {
        XlsxTemplate.write(template, out);
    }
}
