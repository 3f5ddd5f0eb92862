package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file's size and modification time, taken before the first pass and compared before the second, so an import
 * never writes rows from a file that was replaced after it was checked.
 */
record FileStamp(long size, FileTime modified) {
    static FileStamp of(Path file) {
        try {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            throw ValidationException.of("file", "cannot read " + file.getFileName() + " (" + e.getMessage() + ")");
        }
    }

    void checkUnchanged(Path file) {
        if (!equals(of(file))) {
            throw ValidationException.of("file", "the file changed while it was being imported; nothing was"
                    + " imported; upload it again once it is saved");
        }
    }
}
