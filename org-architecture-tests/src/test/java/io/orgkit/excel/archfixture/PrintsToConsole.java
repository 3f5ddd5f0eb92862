package io.orgkit.excel.archfixture;

/** Breaks "no console output": prints to standard output. */
public final class PrintsToConsole {
    void report(int rows) {
        System.out.println("imported " + rows + " rows");
    }
}
