package io.orgkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orgkit.core.ConflictException;
import io.orgkit.store.jdbc.internal.Db;
import io.orgkit.store.jdbc.internal.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's bulk insert ({@link Db#insert}): multi-row statements, and PostgreSQL's COPY, write exactly the rows
 * given, whatever their number and however awkward their texts; an upsert replaces; a duplicate key fails the whole
 * write with a conflict.
 */
abstract class BulkInsertContract {
    /** Texts COPY's text format must escape, and others that must pass unchanged. */
    private static final List<@Nullable String> TEXTS = List.of(
            "plain",
            "back\\slash",
            "ends with a backslash\\",
            "tab\there",
            "line\nbreak",
            "carriage\rreturn",
            "\\N",
            "",
            "张三 😀 Zoë",
            "a \"quoted\" 'text', with, commas");

    protected abstract DataSource dataSource();

    /** Whether plain inserts go through COPY (PostgreSQL). */
    protected boolean copies() {
        return false;
    }

    private String table;
    private Connection connection;
    private Db db;

    @BeforeEach
    void createTable() throws SQLException {
        table = TestDatabases.uniquePrefix() + "bulk";
        connection = dataSource().getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, txt VARCHAR(300), flag BOOLEAN, n INT)");
        }
        connection.setAutoCommit(false);
        db = new Db(connection, SqlDialect.detect(connection).kind() == JdbcDialect.POSTGRESQL);
    }

    @AfterEach
    void dropTable() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE " + table);
        }
        connection.close();
    }

    private record Row(
            long id,
            @Nullable String txt,
            @Nullable Boolean flag,
            @Nullable Integer n) {
        @Nullable
        Object[] values() {
            return new @Nullable Object[] {id, txt, flag, n};
        }
    }

    private static List<Row> rows(int count, int offset) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Row(
                        i,
                        i % 11 == 10 ? null : TEXTS.get(i % TEXTS.size()) + (i + offset),
                        i % 7 == 6 ? null : i % 2 == 0,
                        i % 5 == 4 ? null : i * 3 + offset))
                .toList();
    }

    private List<Row> read() throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, txt, flag, n FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                boolean flag = rs.getBoolean(3);
                Boolean f = rs.wasNull() ? null : flag;
                int n = rs.getInt(4);
                Integer ni = rs.wasNull() ? null : n;
                out.add(new Row(rs.getLong(1), rs.getString(2), f, ni));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 129, 1000, 1001, 2500})
    void insertsExactlyTheRowsGiven(int count) throws SQLException {
        List<Row> rows = rows(count, 0);
        db.insert(Db.Rows.insert(table, "id, txt, flag, n"), rows, Row::values);
        assertEquals(rows, read());
    }

    @Test
    void anUpsertReplacesExistingRowsAndAddsNewOnes() throws SQLException {
        Db.Rows upsert = SqlDialect.detect(connection).upsert(table, List.of("id", "txt", "flag", "n"), List.of("id"));
        db.insert(upsert, rows(100, 0), Row::values);
        List<Row> changed = rows(170, 1000).subList(50, 170); // 50 of the first 100 change, 70 are new
        db.insert(upsert, changed, Row::values);
        List<Row> expected = new ArrayList<>(rows(100, 0).subList(0, 50));
        expected.addAll(changed);
        assertEquals(expected, read());
    }

    @Test
    void aDuplicateKeyFailsTheWholeInsertAsAConflict() {
        List<Row> rows = new ArrayList<>(rows(200, 0));
        rows.set(150, new Row(3, "again", true, 1));
        ConflictException e = assertThrows(
                ConflictException.class, () -> db.insert(Db.Rows.insert(table, "id, txt, flag, n"), rows, Row::values));
        if (copies()) {
            StringBuilder causes = new StringBuilder();
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                causes.append(t.getMessage());
            }
            assertTrue(causes.toString().contains("COPY"), "the rows went through COPY: " + causes);
        }
    }
}
