package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: fields separated by commas, optionally quoted with {@code "} (a quote inside written
 * twice), records ended by CRLF, LF or CR; a quoted field may span lines. Row numbers count records. A leading
 * {@code '} that an export added (see {@link CsvText}) is removed again. A field longer than
 * {@link ImportLimits#MAX_CELL_CHARS}, a record with more than {@link ImportLimits#MAX_COLUMNS} fields or
 * {@link ImportLimits#MAX_ROW_CHARS} characters refuses the file as soon as it is met (nothing of it is kept).
 */
final class CsvReader {
    private final Reader in;
    private final StringBuilder field = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int row;
    private int pending = -2;
    private int rowChars;

    CsvReader(Reader in) {
        this.in = in;
    }

    void read(RowHandler rows) throws IOException {
        int c = next();
        while (c != -1) {
            c = c == '"' ? quoted() : plain(c);
            addField();
            if (c == ',') {
                c = next();
                if (c == -1) {
                    addField();
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
            rowChars = 0;
            c = next();
        }
        if (!cells.isEmpty()) {
            rows.row(new SourceRow(++row, cells));
        }
    }

    private void addField() {
        if (cells.size() == ImportLimits.MAX_COLUMNS) {
            throw refused("has more than " + ImportLimits.MAX_COLUMNS + " columns (Excel's limit)");
        }
        cells.add(CsvText.unneutralise(field.toString()));
        field.setLength(0);
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int plain(int c) throws IOException {
        while (c != -1 && c != ',' && c != '\n' && c != '\r') {
            append(c);
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
            append(c);
        }
    }

    private void append(int c) {
        if (field.length() == ImportLimits.MAX_CELL_CHARS) {
            throw refused("column " + (cells.size() + 1) + " holds more than " + ImportLimits.MAX_CELL_CHARS
                    + " characters (Excel's limit for a cell)");
        }
        if (++rowChars > ImportLimits.MAX_ROW_CHARS) {
            throw refused("is longer than " + ImportLimits.MAX_ROW_CHARS + " characters");
        }
        field.append((char) c);
    }

    private ValidationException refused(String problem) {
        return ValidationException.of(
                "file",
                "row " + (row + 1) + " " + problem + "; that is no member list: check"
                        + " that the file is the filled-in template saved as CSV; nothing was imported");
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
