package io.orgkit.excel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show numbers as dates, read from its styles part by a SAX pass: the number
 * format of each {@code cellXfs/xf}, a date when it is a built-in date format (14-22) or a custom one with day,
 * month or year parts (POI's {@link DateUtil#isADateFormat}). Bounded: at most {@value #MAX_STYLES} styles (Excel
 * allows 64,000) and format codes of at most {@value #MAX_FORMAT} characters (Excel's limit); longer ones count
 * as no date.
 */
final class DateStyles extends DefaultHandler {
    static final int MAX_STYLES = 65_536;
    static final int MAX_FORMAT = 255;

    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private boolean inCellXfs;
    private boolean[] dates = new boolean[0];

    /** Whether the style {@code s} (a cell's {@code s} attribute, null for the default) shows a date. */
    boolean isDate(@org.jspecify.annotations.Nullable String s) {
        int i = s == null ? 0 : CellRefs.positive(s.strip(), MAX_STYLES);
        return i >= 0 && i < dates.length && dates[i];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (SheetHandler.local(localName, qName)) {
            case "numFmt" -> format(atts.getValue("numFmtId"), atts.getValue("formatCode"));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> style(atts.getValue("numFmtId"));
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(SheetHandler.local(localName, qName))) {
            inCellXfs = false;
        }
    }

    @Override
    public void endDocument() {
        dates = new boolean[styleFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = styleFormats.get(i);
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dates[i] = id >= 0 && code != null && DateUtil.isADateFormat(id, code);
        }
        formats.clear();
        styleFormats.clear();
    }

    private void format(String id, String code) {
        int n = id == null ? -1 : CellRefs.positive(id.strip(), Integer.MAX_VALUE);
        if (n >= 0 && code != null && code.length() <= MAX_FORMAT && formats.size() < MAX_STYLES) {
            formats.put(n, code);
        }
    }

    private void style(String numFmtId) {
        if (!inCellXfs) {
            return;
        }
        if (styleFormats.size() == MAX_STYLES) {
            throw XlsxChecks.refused("the workbook defines more than " + MAX_STYLES + " cell styles (Excel allows"
                    + " 64,000); open it in Excel and save it again");
        }
        styleFormats.add(numFmtId == null ? 0 : CellRefs.positive(numFmtId.strip(), Integer.MAX_VALUE));
    }
}
