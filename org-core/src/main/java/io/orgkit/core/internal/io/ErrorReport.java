package io.orgkit.core.internal.io;

import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import io.orgkit.core.io.SheetWriter;
import io.orgkit.core.io.SourceRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows to fix as uploaded, plus an "Errors" column (ignored when the file is uploaded again). */
final class ErrorReport {
    static final String COLUMN = "Errors (错误)";

    private ErrorReport() {}

    static void write(ImportResult result, SheetWriter w) throws IOException {
        Map<Integer, List<String>> byRow = new HashMap<>();
        for (RowError e : result.errors()) {
            byRow.computeIfAbsent(e.row(), r -> new ArrayList<>())
                    .add(e.column() == null ? e.message() : e.column() + ": " + e.message());
        }
        int width = result.header().size();
        List<String> header = new ArrayList<>(result.header());
        header.add(COLUMN);
        w.header(header);
        for (SourceRow r : result.rowsToFix()) {
            List<String> cells = new ArrayList<>(width + 1);
            for (int i = 0; i < width; i++) {
                cells.add(r.cell(i));
            }
            cells.add(String.join("\n", byRow.getOrDefault(r.number(), List.of())));
            w.row(cells);
        }
    }
}
