package io.orgkit.excel.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Refuses, before parsing, what is not a plain .xlsx: a password-protected workbook, a legacy .xls, something
 * that is no ZIP archive at all; then checks the archive against the zip-bomb limits ({@link ZipGuard}).
 */
public final class XlsxChecks {
    private static final String SAVE_AS =
            "open it in Excel and save it as 'Excel Workbook (*.xlsx)', then upload" + " it again";

    private XlsxChecks() {}

    public static void check(Path file, ImportLimits limits) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (isOle2(head)) {
            throw ole2(file);
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw refused("the file is not an .xlsx workbook (it is no ZIP archive); " + SAVE_AS);
        }
        ZipGuard.check(file, limits);
    }

    private static boolean isOle2(byte[] h) {
        return h.length == 8
                && (h[0] & 0xFF) == 0xD0
                && (h[1] & 0xFF) == 0xCF
                && (h[2] & 0xFF) == 0x11
                && (h[3] & 0xFF) == 0xE0;
    }

    private static ValidationException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return refused(
                        "the workbook is password-protected (encrypted); remove the password in Excel"
                                + " (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and upload again");
            }
            return refused("the file is a legacy Excel 97-2003 workbook (.xls), which is not supported; " + SAVE_AS);
        } catch (IOException | RuntimeException e) {
            return refused("the file looks like a legacy Office document but cannot be read; " + SAVE_AS);
        }
    }

    /** An archive entry's name as messages quote it: cut to 50 characters (core's rule for quoted values). */
    static String quoted(String name) {
        return "'" + (name.length() > 50 ? name.substring(0, 50) + "…" : name) + "'";
    }

    static ValidationException refused(String message) {
        return ValidationException.of("file", message + "; nothing was imported");
    }
}
