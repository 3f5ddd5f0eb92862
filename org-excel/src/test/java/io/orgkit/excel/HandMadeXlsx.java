package io.orgkit.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx written entry by entry, so a test controls every byte of its sheet and shared-strings XML (what a
 * hostile file would hold). Parts are streamed to the file, so a large part need not fit in memory.
 */
final class HandMadeXlsx {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Writes one part's XML to the stream. */
    interface Part {
        void write(OutputStream out) throws IOException;

        static Part of(String xml) {
            return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    private HandMadeXlsx() {}

    /** A sheet of the given {@code <row>} elements, without shared strings. */
    static Path write(Path file, String rows) {
        return write(file, Part.of(sheet(rows)), null);
    }

    /** A sheet of the given {@code <row>} elements and a shared-strings table of the given {@code <si>} items. */
    static Path write(Path file, String rows, String items) {
        return write(file, Part.of(sheet(rows)), Part.of(sst(items)));
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\">" + items
                + "</sst>";
    }

    /** Inline-string cell. */
    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    static Path write(Path file, Part sheet, Part sharedStrings) {
        return write(file, sheet, sharedStrings, null);
    }

    static Path write(Path file, Part sheet, Part sharedStrings, String styles) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", Part.of(contentTypes(sharedStrings != null, styles != null)));
            put(
                    zip,
                    "_rels/.rels",
                    Part.of(rels("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>")));
            put(
                    zip,
                    "xl/workbook.xml",
                    Part.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                            + "<sheet name=\"Members\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    Part.of(rels(rel("rId1", "worksheet", "worksheets/sheet1.xml")
                            + (sharedStrings == null ? "" : rel("rId2", "sharedStrings", "sharedStrings.xml"))
                            + (styles == null ? "" : rel("rId3", "styles", "styles.xml")))));
            put(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", Part.of(styles));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        part.write(zip);
        zip.closeEntry();
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String rels(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">" + body + "</Relationships>";
    }

    private static String contentTypes(boolean strings, boolean styles) {
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>"
                + (strings
                        ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct + "sharedStrings+xml\"/>"
                        : "")
                + (styles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/>" : "")
                + "</Types>";
    }
}
