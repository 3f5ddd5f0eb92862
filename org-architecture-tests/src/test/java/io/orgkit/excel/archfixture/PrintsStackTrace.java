package io.orgkit.excel.archfixture;

import java.io.IOException;
import java.io.InputStream;

/** Breaks "no console output": prints a stack trace instead of throwing or logging. */
public final class PrintsStackTrace {
    void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            e.printStackTrace();
        }
    }
}
