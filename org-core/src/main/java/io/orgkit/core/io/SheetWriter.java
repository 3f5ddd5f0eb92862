package io.orgkit.core.io;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table (a header row, then data rows) in a file format, streaming. Values are written as text:
 * never as formulas. {@link #close()} finishes the file; it does not close the output stream.
 */
public interface SheetWriter extends AutoCloseable {

    /**
     * Writes the header row; called once, first.
     *
     * @param cells the headers
     * @throws IOException when the output fails
     */
    void header(List<String> cells) throws IOException;

    /**
     * Writes one data row.
     *
     * @param cells the values, as text
     * @throws IOException when the output fails
     */
    void row(List<String> cells) throws IOException;

    @Override
    void close() throws IOException;
}
