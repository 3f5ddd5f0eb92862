package io.orgkit.excel.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The template's cell styles: header, required header (red), example row (grey italic), text columns. */
final class TemplateStyles {
    private final CellStyle header;
    private final CellStyle required;
    private final CellStyle example;
    private final CellStyle text;

    TemplateStyles(Workbook wb) {
        short textFormat = wb.createDataFormat().getFormat("@");
        header = headerStyle(wb, IndexedColors.BLACK, textFormat);
        required = headerStyle(wb, IndexedColors.RED, textFormat);
        example = wb.createCellStyle();
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        example.setFont(grey);
        example.setDataFormat(textFormat);
        text = wb.createCellStyle();
        text.setDataFormat(textFormat);
    }

    private static CellStyle headerStyle(Workbook wb, IndexedColors color, short textFormat) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        f.setColor(color.getIndex());
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setDataFormat(textFormat);
        return s;
    }

    CellStyle header() {
        return header;
    }

    CellStyle required() {
        return required;
    }

    CellStyle example() {
        return example;
    }

    CellStyle text() {
        return text;
    }
}
