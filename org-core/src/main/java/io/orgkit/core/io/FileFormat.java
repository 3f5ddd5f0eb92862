package io.orgkit.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The file formats members are imported from and exported to. */
public enum FileFormat {
    /** Comma-separated values (RFC 4180); built into org-core. */
    CSV("csv"),
    /** Excel workbook (Office Open XML); needs the {@code io.orgkit:org-excel} module on the classpath. */
    XLSX("xlsx");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name suggests ({@code .xls} and {@code .xlsm} count as XLSX), or null if none. */
    public static @Nullable FileFormat fromFileName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".txt")) {
            return CSV;
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) {
            return XLSX;
        }
        return null;
    }
}
