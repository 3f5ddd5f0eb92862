package io.orgkit.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file format for member import and export (SPI). CSV is built into core; XLSX comes from {@code org-excel}.
 * Implementations are found with {@link java.util.ServiceLoader} (declare them in
 * {@code META-INF/services/io.orgkit.core.io.MemberFileFormat}); one per {@link FileFormat}.
 *
 * <p>A reader streams: it hands rows to the handler as it parses, never holding the whole file. It refuses a
 * damaged, encrypted, legacy or oversized file with a {@link io.orgkit.core.ValidationException} on field
 * {@code "file"} that says what to do, and gives cells as values (a formula is neither evaluated nor returned).
 */
public interface MemberFileFormat {

    /** {@return the format this implementation reads and writes} */
    FileFormat format();

    /**
     * Reads the first sheet (or the only table) of {@code file}, handing every row, blank ones included, to
     * {@code rows}. {@code charset} applies to text formats (null: detect).
     *
     * <p>An import calls this on a thread of its own while its caller checks the rows, so an implementation must
     * not rely on the caller's thread (thread-locals, a transaction). An exception thrown by {@code rows} is how the
     * import stops the read early: let it through rather than catch it.
     */
    void read(Path file, ImportLimits limits, @Nullable Charset charset, RowHandler rows) throws IOException;

    /** A writer of one table to {@code out}, named {@code sheetName} where the format has sheet names. */
    SheetWriter writer(OutputStream out, String sheetName) throws IOException;

    /** Writes an import template: headers with notes, an example row and, where possible, a department dropdown. */
    void writeTemplate(TemplateSpec template, OutputStream out) throws IOException;
}
