package io.orgkit.core.io;

/** What an import does when some rows are invalid. */
public enum ImportMode {
    /** Any invalid row refuses the whole file: nothing is written (the default). */
    ALL_OR_NOTHING,
    /** Valid rows are written (in one transaction), invalid rows are reported and left out. */
    SKIP_INVALID_ROWS
}
