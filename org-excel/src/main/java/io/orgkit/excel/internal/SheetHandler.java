package io.orgkit.excel.internal;

import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of a worksheet part: turns {@code <row>}/{@code <c>} elements into {@link SourceRow}s. Cells are
 * read as stored values (shared or inline strings, numbers as written, booleans); a cell with a formula
 * ({@code <f>}) is reported in {@link SourceRow#formulaCells()} with an empty value: never evaluated or kept.
 */
final class SheetHandler extends DefaultHandler {
    private final SharedStrings strings;
    private final RowHandler rows;
    private final StringBuilder text = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final List<Integer> formulas = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type = "n";
    private boolean formula;
    private boolean collecting;

    SheetHandler(SharedStrings strings, RowHandler rows) {
        this.strings = strings;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (local(localName, qName)) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts.getValue("r"), atts.getValue("t"));
            case "v", "t" -> collecting = true;
            case "f" -> formula = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (local(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        cells.clear();
        formulas.clear();
        column = -1;
    }

    private void startCell(String ref, String t) {
        column = ref == null ? column + 1 : CellRefs.column(ref);
        type = t == null ? "n" : t;
        formula = false;
        text.setLength(0);
    }

    private void endCell() {
        while (cells.size() < column) {
            cells.add("");
        }
        if (formula) {
            formulas.add(column);
            cells.add("");
        } else {
            cells.add(CellRefs.value(type, text.toString(), strings));
        }
    }

    private void endRow() {
        if (rowNumber >= 1) {
            rows.row(new SourceRow(rowNumber, cells, formulas));
        }
    }

    private static String local(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
