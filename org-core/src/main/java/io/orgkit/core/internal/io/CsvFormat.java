package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.MemberFileFormat;
import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SheetWriter;
import io.orgkit.core.io.TemplateSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * CSV (RFC 4180): read as UTF-8 (with or without BOM), GBK or GB18030, chosen strictly ({@link CsvCharsets}) or
 * given, never decoded with replacement characters; written as UTF-8 with BOM.
 */
public final class CsvFormat implements MemberFileFormat {

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public void read(Path file, ImportLimits limits, @Nullable Charset charset, RowHandler rows) throws IOException {
        Charset cs = charset != null ? charset : CsvCharsets.detect(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            CsvCharsets.skipBom(in, cs);
            new CsvReader(new InputStreamReader(in, CsvCharsets.strict(cs))).read(rows);
        } catch (CharacterCodingException e) {
            throw ValidationException.of(
                    "file",
                    "the file is not valid " + cs.name() + " text (the encoding chosen"
                            + " for it); choose its real encoding, or leave the choice to the import, or "
                            + CsvCharsets.SAVE_AS_UTF8 + "; nothing was imported");
        }
    }

    @Override
    public SheetWriter writer(OutputStream out, String sheetName) throws IOException {
        return new CsvWriter(out);
    }

    /** A CSV template has the header and the example row (CSV has no notes or dropdowns). */
    @Override
    public void writeTemplate(TemplateSpec template, OutputStream out) throws IOException {
        try (SheetWriter w = writer(out, "Members")) {
            w.header(template.headers());
            w.row(template.example());
        }
    }
}
