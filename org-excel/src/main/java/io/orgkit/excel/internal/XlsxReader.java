package io.orgkit.excel.internal;

import io.orgkit.core.io.RowHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Streams the first sheet of a checked .xlsx file through {@link SheetHandler} (POI's event model, no DOM). */
public final class XlsxReader {
    private XlsxReader() {
    }

    public static void read(Path file, RowHandler rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw XlsxChecks.refused("the workbook has no sheet; download the template and fill it in");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, rows));
                xml.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            throw unwrap(e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | UnsupportedFileFormatException
                 | ParserConfigurationException e) {
            throw XlsxChecks.refused("the file is not a valid Excel workbook (" + e.getMessage() + "); open it in"
                    + " Excel and save it as 'Excel Workbook (*.xlsx)'");
        }
    }

    private static RuntimeException unwrap(SAXException e) {
        if (e.getException() instanceof RuntimeException r) {
            return r;
        }
        return XlsxChecks.refused("the sheet's XML is damaged (" + e.getMessage() + "); save the workbook again in"
                + " Excel");
    }
}
