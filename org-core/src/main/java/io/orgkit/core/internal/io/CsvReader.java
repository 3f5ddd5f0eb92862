package io.orgkit.core.internal.io;

import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: fields separated by commas, optionally quoted with {@code "} (a quote inside written
 * twice), records ended by CRLF, LF or CR; a quoted field may span lines. Row numbers count records. A leading
 * {@code '} that an export put before {@code = + - @} (formula neutralisation) is removed again.
 */
final class CsvReader {
    private final Reader in;
    private final StringBuilder field = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int row;
    private int pending = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    void read(RowHandler rows) throws IOException {
        int c = next();
        while (c != -1) {
            c = c == '"' ? quoted() : plain(c);
            cells.add(CsvText.unneutralise(field.toString()));
            field.setLength(0);
            if (c == ',') {
                c = next();
                if (c == -1) {
                    cells.add("");
                }
                continue;
            }
            if (c == '\r') {
                int n = next();
                if (n != '\n') {
                    pending = n;
                }
            }
            rows.row(new SourceRow(++row, cells));
            cells = new ArrayList<>(cells.size());
            c = next();
        }
        if (!cells.isEmpty()) {
            rows.row(new SourceRow(++row, cells));
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int plain(int c) throws IOException {
        while (c != -1 && c != ',' && c != '\n' && c != '\r') {
            field.append((char) c);
            c = next();
        }
        return c;
    }

    /** Reads a quoted field (the opening quote consumed); returns the character after it. */
    private int quoted() throws IOException {
        while (true) {
            int c = next();
            if (c == -1) {
                throw new IOException("a quoted field that starts in row " + (row + 1) + " is never closed");
            }
            if (c == '"') {
                int n = next();
                if (n != '"') {
                    return n == ',' || n == '\n' || n == '\r' || n == -1 ? n : plain(n);
                }
            }
            field.append((char) c);
        }
    }

    private int next() throws IOException {
        if (pending != -2) {
            int p = pending;
            pending = -2;
            return p;
        }
        return in.read();
    }
}
