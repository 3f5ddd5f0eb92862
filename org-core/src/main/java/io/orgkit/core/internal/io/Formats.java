package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.MemberFileFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The file formats on the classpath: CSV built in, others (XLSX) found with {@link ServiceLoader}. */
public final class Formats {
    private static final Map<FileFormat, MemberFileFormat> FOUND = discover();

    private Formats() {}

    private static Map<FileFormat, MemberFileFormat> discover() {
        Map<FileFormat, MemberFileFormat> m = new EnumMap<>(FileFormat.class);
        for (MemberFileFormat f : ServiceLoader.load(MemberFileFormat.class, Formats.class.getClassLoader())) {
            m.putIfAbsent(f.format(), f);
        }
        m.putIfAbsent(FileFormat.CSV, new CsvFormat());
        return m;
    }

    /** The implementation of {@code format}; refuses XLSX without the org-excel module, naming it. */
    public static MemberFileFormat get(FileFormat format) {
        MemberFileFormat f = FOUND.get(format);
        if (f == null) {
            throw ValidationException.of(
                    "format",
                    format + " files need the module io.orgkit:org-excel on the"
                            + " classpath; add it as a dependency (version as org-core), or use FileFormat.CSV");
        }
        return f;
    }
}
