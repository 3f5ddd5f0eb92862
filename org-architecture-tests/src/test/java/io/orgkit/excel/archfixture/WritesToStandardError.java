package io.orgkit.excel.archfixture;

/** Breaks "no console output": writes to standard error. */
public final class WritesToStandardError {
    void warn(String message) {
        System.err.println(message);
    }
}
