package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import io.orgkit.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database of {@code JdbcStore.h2}. Kept apart so that hosts on another database may leave
 * H2 off the classpath.
 */
public final class H2Embedded {
    private static final int MAX_CONNECTIONS = 16;

    /**
     * The size at which H2 splits a B-tree page, in bytes (H2's default is 4 KB). A 100,000-row import takes about
     * 5 % less with 32 KB pages, most of it in the commit, where H2 reads back the pages it wrote out during the
     * transaction (fewer, larger pages). Pages of 100 members and lookups by phone among 100,000 measured the same
     * (docs/benchmarks.md). Pages of an existing database keep their size until H2 rewrites them.
     */
    static final int PAGE_SIZE = 32 * 1024;

    /** The pooled DataSource, and how to close the database. */
    public record Opened(DataSource dataSource, AutoCloseable closer) {}

    private H2Embedded() {}

    /**
     * Opens (creating it if missing) the database in {@code directory}.
     *
     * @throws ValidationException for a path H2 would read settings from (see {@link #checkPath})
     */
    public static Opened open(Path directory) {
        Path dir = directory.toAbsolutePath();
        checkPath(dir.toString());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException(
                    "cannot create the OrgKit database directory " + dir + "; check that the"
                            + " application may write there",
                    e);
        }
        String url = "jdbc:h2:file:" + dir.resolve("orgkit").toString().replace('\\', '/')
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;PAGE_SIZE=" + PAGE_SIZE;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new Opened(pool, pool::dispose);
    }

    /**
     * Refuses a path that would change the JDBC URL it is pasted into: H2 reads {@code ;NAME=value} after the path
     * as settings (e.g. {@code ;INIT=RUNSCRIPT FROM '...'} runs a script), and control characters have no place in a
     * directory name.
     *
     * @throws ValidationException naming the first such character
     */
    static void checkPath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw ValidationException.of(
                        "directory",
                        "the H2 database directory must not contain "
                                + (c == ';' ? "';'" : String.format("the control character U+%04X", (int) c))
                                + " (H2 would read what follows as connection settings); choose another directory");
            }
        }
    }
}
