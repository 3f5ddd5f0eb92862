package io.orgkit.core.internal.io;

import io.orgkit.core.io.SheetWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes UTF-8 CSV with a byte order mark (so Excel detects the encoding) and CRLF line ends. */
final class CsvWriter implements SheetWriter {
    private final Writer out;

    CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> cells) throws IOException {
        row(cells);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvText.field(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
