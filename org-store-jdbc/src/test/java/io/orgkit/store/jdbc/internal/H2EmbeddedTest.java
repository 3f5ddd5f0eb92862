package io.orgkit.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database opens with the settings the store relies on. */
class H2EmbeddedTest {

    @Test
    void theDatabaseSplitsPagesAt32KbAndWaitsTenSecondsForALock(@TempDir Path dir) throws Exception {
        H2Embedded.Opened opened = H2Embedded.open(dir.resolve("db"));
        try (Connection c = opened.dataSource().getConnection()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();

            assertThat(session.getDatabase().getPageSize()).isEqualTo(32 * 1024);
            assertThat(session.getLockTimeout()).isEqualTo(10_000);
        } finally {
            opened.closer().close();
        }
    }
}
