package io.orgkit.excel.archfixture;

import java.util.logging.Logger;

/** Breaks "no java.util.logging": logs through the JDK logger instead of SLF4J. */
public final class LogsThroughJul {
    void log(String message) {
        Logger.getLogger(LogsThroughJul.class.getName()).info(message);
    }
}
