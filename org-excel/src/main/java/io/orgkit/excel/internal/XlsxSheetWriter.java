package io.orgkit.excel.internal;

import io.orgkit.core.io.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams one sheet with SXSSF: at most {@value #WINDOW} rows in memory, the rest flushed to a temporary file.
 * Every cell is a text cell (inline string), so no value is ever taken for a formula, and every cell and column is
 * formatted as text (number format {@code @}), so a value a user edits or types in Excel ({@code 00123}) stays
 * text. Data cells get that style explicitly: without one, SXSSF looks up the column's style in the XML model for
 * every cell it writes (the columns have widths), which costs more than writing the cell.
 */
public final class XlsxSheetWriter implements SheetWriter {
    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle plain;
    private int next;

    public XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.plain = workbook.createCellStyle();
        plain.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    @Override
    public void header(List<String> cells) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setDataFormat(plain.getDataFormat());
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 20 * 256);
            sheet.setDefaultColumnStyle(i, plain);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (!v.isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(plain);
                cell.setCellValue(v);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
