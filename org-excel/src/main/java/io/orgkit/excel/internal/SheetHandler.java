package io.orgkit.excel.internal;

import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of a worksheet part: turns {@code <row>}/{@code <c>} elements into {@link SourceRow}s. Cells are
 * read as stored values ({@link CellValues}); a cell with a formula ({@code <f>}) is reported in
 * {@link SourceRow#formulaCells()} with an empty value: never evaluated or kept. Strict where Excel is: row numbers
 * 1 to 1,048,576, references A1 to XFD1048576 in ascending order within a row, at most
 * {@link ImportLimits#MAX_CELL_CHARS} characters a cell and {@link ImportLimits#MAX_ROW_CHARS} a row; anything
 * else refuses the file without quoting a cell. What the row handler throws passes through as a
 * {@link HandlerFailure}.
 */
final class SheetHandler extends DefaultHandler {
    private final CellValues values;
    private final RowHandler rows;
    private final StringBuilder text = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final List<Integer> formulas = new ArrayList<>();
    private int rowNumber;
    private int rowChars;
    private int column;
    private @Nullable String type;
    private @Nullable String style;
    private boolean formula;
    private boolean collecting;
    private int phonetic;

    SheetHandler(CellValues values, RowHandler rows) {
        this.values = values;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (local(localName, qName)) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts.getValue("r"), atts.getValue("t"), atts.getValue("s"));
            case "v", "t" -> collecting = phonetic == 0;
            case "rPh" -> phonetic++;
            case "f" -> formula = true;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (local(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "rPh" -> phonetic--;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (text.length() + length > ImportLimits.MAX_CELL_CHARS) {
                throw damaged("a cell of row " + rowNumber + " holds more than " + ImportLimits.MAX_CELL_CHARS
                        + " characters, Excel's limit for a cell");
            }
            text.append(ch, start, length);
        }
    }

    private void startRow(@Nullable String r) {
        int n = r == null ? rowNumber + 1 : CellRefs.positive(r.strip(), CellRefs.MAX_ROW);
        if (n < 1 || n > CellRefs.MAX_ROW) {
            throw damaged("the row after row " + rowNumber + " has no valid row number (1 to 1,048,576)");
        }
        rowNumber = n;
        rowChars = 0;
        cells.clear();
        formulas.clear();
        column = -1;
    }

    private void startCell(@Nullable String ref, @Nullable String t, @Nullable String s) {
        int c = ref == null ? column + 1 : CellRefs.column(ref.strip());
        if (c < 0 || c >= CellRefs.MAX_COLUMN) {
            throw damaged("a cell of row " + rowNumber + " has a malformed reference (columns go from A to XFD,"
                    + " rows from 1 to 1,048,576)");
        }
        if (c < cells.size()) {
            throw damaged("the cells of row " + rowNumber + " are out of order or given twice");
        }
        column = c;
        type = t;
        style = s;
        formula = false;
        phonetic = 0;
        text.setLength(0);
    }

    private void endCell() {
        while (cells.size() < column) {
            cells.add("");
        }
        String value = formula ? "" : values.value(type, style, text.toString(), rowNumber);
        if (formula) {
            formulas.add(column);
        }
        rowChars += value.length();
        if (rowChars > ImportLimits.MAX_ROW_CHARS) {
            throw damaged("row " + rowNumber + " holds more than " + ImportLimits.MAX_ROW_CHARS + " characters");
        }
        cells.add(value);
    }

    private void endRow() {
        if (rowNumber < 1) {
            return;
        }
        try {
            rows.row(new SourceRow(rowNumber, cells, formulas));
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    private static RuntimeException damaged(String problem) {
        return XlsxChecks.refused(
                "the sheet is not as Excel writes it: " + problem + "; open the file in Excel and" + " save it again");
    }

    static String local(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
