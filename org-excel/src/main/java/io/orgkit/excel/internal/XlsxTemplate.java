package io.orgkit.excel.internal;

import io.orgkit.core.io.TemplateSpec;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: a "Members" sheet with the header (required columns marked and red), a note on each
 * header, an example row, and a dropdown of department paths read from a hidden "Departments" sheet (a range
 * reference, so the list is not bound by Excel's 255-character limit on inline lists).
 */
public final class XlsxTemplate {
    static final String LIST_NAME = "DepartmentPaths";
    static final int ROWS = 100_000;

    private XlsxTemplate() {}

    public static void write(TemplateSpec spec, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Members");
            TemplateStyles styles = new TemplateStyles(wb);
            header(wb, sheet, spec, styles);
            Row example = sheet.createRow(1);
            for (int i = 0; i < spec.example().size(); i++) {
                example.createCell(i).setCellValue(spec.example().get(i));
                example.getCell(i).setCellStyle(styles.example());
            }
            for (int i = 0; i < spec.columns().size(); i++) {
                sheet.setDefaultColumnStyle(i, styles.text());
                sheet.setColumnWidth(i, (i == spec.departmentColumn() ? 32 : 20) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (spec.departmentColumn() >= 0 && !spec.departmentPaths().isEmpty()) {
                dropdown(wb, sheet, spec);
            }
            wb.write(out);
        }
    }

    private static void header(XSSFWorkbook wb, XSSFSheet sheet, TemplateSpec spec, TemplateStyles styles) {
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(0);
        for (int i = 0; i < spec.columns().size(); i++) {
            TemplateSpec.Column c = spec.columns().get(i);
            row.createCell(i).setCellValue(c.header());
            row.getCell(i).setCellStyle(c.required() ? styles.required() : styles.header());
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(6);
            Comment note = drawing.createCellComment(anchor);
            note.setString(factory.createRichTextString(c.note()));
            note.setAuthor("OrgKit");
            row.getCell(i).setCellComment(note);
        }
    }

    private static void dropdown(XSSFWorkbook wb, XSSFSheet sheet, TemplateSpec spec) {
        XSSFSheet list = wb.createSheet("Departments");
        for (int i = 0; i < spec.departmentPaths().size(); i++) {
            list.createRow(i).createCell(0).setCellValue(spec.departmentPaths().get(i));
        }
        wb.setSheetVisibility(wb.getSheetIndex(list), SheetVisibility.HIDDEN);
        Name name = wb.createName();
        name.setNameName(LIST_NAME);
        name.setRefersToFormula(
                "'Departments'!$A$1:$A$" + spec.departmentPaths().size());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(LIST_NAME);
        int col = spec.departmentColumn();
        int last = Math.min(ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, last, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.createErrorBox(
                "Department",
                "Not a department of this organization; pick one from the list (or import"
                        + " with 'create missing departments').");
        sheet.addValidationData(v);
    }
}
