package io.orgkit.core.io;

/** Receives the rows of a file one by one, in file order; may throw to stop reading. */
@FunctionalInterface
public interface RowHandler {
    /**
     * Receives one row of the file, in file order.
     *
     * @param row the row
     */
    void row(SourceRow row);
}
