package io.orgkit.excel.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip-bomb protection: counts entries, refuses duplicate entry names, and inflates every entry once (without
 * keeping it) to check its real size against the limit and its compression ratio against the minimum.
 */
final class ZipGuard {
    private static final long GRACE_BYTES = 1L << 20;

    private ZipGuard() {}

    static void check(Path file, ImportLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw XlsxChecks.refused("the workbook archive has " + zip.size() + " entries, more than the limit of "
                        + limits.maxZipEntries() + "; it is not a normal workbook");
            }
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!names.add(e.getName())) {
                    throw XlsxChecks.refused("the workbook archive contains the entry " + XlsxChecks.quoted(e.getName())
                            + " twice;" + " such files are crafted to fool readers and are refused");
                }
                inflate(zip, e, limits);
            }
        } catch (ZipException e) {
            throw XlsxChecks.refused("the workbook is damaged or truncated (" + e.getMessage() + "); save it again"
                    + " in Excel or export it anew");
        } catch (IOException e) {
            throw XlsxChecks.refused(
                    "the workbook cannot be read (" + e.getMessage() + "); it may be damaged or" + " truncated");
        }
    }

    private static void inflate(ZipFile zip, ZipEntry e, ImportLimits limits) throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > limits.maxEntryBytes()) {
                    throw XlsxChecks.refused(
                            "the workbook entry " + XlsxChecks.quoted(e.getName()) + " expands to more than "
                                    + (limits.maxEntryBytes() >> 20) + " MB, the limit (possible zip bomb)");
                }
                if (total > GRACE_BYTES && (double) compressed / total < limits.minInflateRatio()) {
                    throw ratio(e, limits);
                }
            }
        }
    }

    private static ValidationException ratio(ZipEntry e, ImportLimits limits) {
        return XlsxChecks.refused("the workbook entry " + XlsxChecks.quoted(e.getName()) + " expands more than "
                + Math.round(1 / limits.minInflateRatio()) + "-fold when unpacked, which is typical of zip bombs");
    }
}
