package io.orgkit.core.io;

/**
 * How far an import is.
 *
 * @param phase       what the import is doing
 * @param rowsRead    data rows read and validated so far
 * @param rowsWritten members created or updated so far
 * @param rowsToWrite members to create or update in all (0 while reading)
 */
public record ImportProgress(Phase phase, int rowsRead, int rowsWritten, int rowsToWrite) {

    /** The phases of an import, in order. */
    public enum Phase {
        /** Reading and validating the rows. */
        READING,
        /** Writing the valid rows. */
        WRITING,
        /** Finished. */
        DONE
    }

    /**
     * Validates the progress.
     *
     * @throws io.orgkit.core.ValidationException when the phase is missing
     */
    public ImportProgress {
        io.orgkit.core.internal.Check.notNull(phase, "phase");
    }
}
