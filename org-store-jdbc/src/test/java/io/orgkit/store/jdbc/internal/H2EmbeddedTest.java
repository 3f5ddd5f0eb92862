package io.orgkit.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database opens with the settings the store relies on. */
class H2EmbeddedTest {

    @Test
    void theDatabaseSplitsPagesAt32KbAndWaitsTenSecondsForALock(@TempDir Path dir) throws Exception {
        H2Embedded.Opened opened = H2Embedded.open(dir.resolve("db"));
        try (Connection c = opened.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.PAGE_SIZE'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(32 * 1024);
            assertThat(((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getLockTimeout())
                    .isEqualTo(10_000);
        } finally {
            opened.closer().close();
        }
    }
}
