package io.orgkit.excel.internal;

import io.orgkit.core.OrgKitException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.RowHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of a checked .xlsx file through {@link SheetHandler}: first the shared strings into a
 * plain array ({@link SharedTexts}, the part bounded by {@link ImportLimits#maxSharedStringsBytes()}), the date
 * styles ({@link DateStyles}) and the workbook's date system, then the sheet, all by SAX (no DOM, no POI
 * rich-text objects). Any failure to parse becomes a {@link ValidationException} on {@code file} that quotes no
 * cell data; what the row handler throws passes through unchanged.
 */
public final class XlsxReader {
    /** Largest styles part read (Excel's are well under 1 MB). */
    static final long MAX_STYLES_BYTES = 32L << 20;

    private static final String SAVE_AGAIN = "open it in Excel and save it as 'Excel Workbook (*.xlsx)'";

    private XlsxReader() {}

    /**
     * Reads the first sheet, handing each row to {@code rows}.
     *
     * @throws ValidationException the file is not a readable workbook, or beyond a limit
     * @throws IOException         the file cannot be read
     */
    public static void read(Path file, ImportLimits limits, RowHandler rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            CellValues values = new CellValues(strings(reader, limits), styles(reader), date1904(reader));
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw XlsxChecks.refused("the workbook has no sheet; download the template and fill it in");
            }
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(values, rows));
            }
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (OrgKitException | IOException e) {
            throw e;
        } catch (SAXParseException e) {
            throw XlsxChecks.refused("the workbook's XML is damaged (at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " of a part); " + SAVE_AGAIN);
        } catch (Exception e) {
            throw XlsxChecks.refused(
                    "the file is not a valid Excel workbook (" + e.getClass().getSimpleName() + "); " + SAVE_AGAIN);
        }
    }

    private static SharedTexts strings(XSSFReader reader, ImportLimits limits) throws Exception {
        SharedTexts texts = new SharedTexts(limits.maxSharedStrings());
        try (InputStream part = reader.getSharedStringsData()) {
            if (part != null) {
                long max = limits.maxSharedStringsBytes();
                parse(
                        new BoundedInput(
                                part,
                                max,
                                () -> XlsxChecks.refused("the workbook's shared strings take more"
                                        + " than " + (max >> 20)
                                        + " MB unpacked, the limit (ImportLimits.maxSharedStringsBytes);"
                                        + " split the file into smaller ones")),
                        texts);
            }
        }
        return texts;
    }

    private static DateStyles styles(XSSFReader reader) throws Exception {
        DateStyles styles = new DateStyles();
        try (InputStream part = reader.getStylesData()) {
            if (part != null) {
                parse(
                        new BoundedInput(
                                part,
                                MAX_STYLES_BYTES,
                                () -> XlsxChecks.refused("the workbook's styles take" + " more than "
                                        + (MAX_STYLES_BYTES >> 20) + " MB; " + SAVE_AGAIN)),
                        styles);
            }
        }
        return styles;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] found = new boolean[1];
        try (InputStream part = reader.getWorkbookData()) {
            parse(part, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(SheetHandler.local(localName, qName))) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
        }
        return found[0];
    }

    private static void parse(@Nullable InputStream in, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
