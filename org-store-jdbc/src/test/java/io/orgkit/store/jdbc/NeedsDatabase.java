package io.orgkit.store.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against a database server named by an environment variable. Without the variable the
 * whole class is skipped, and the reason is printed on the console once (see {@link DatabaseSuiteCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseSuiteCondition.class)
@interface NeedsDatabase {
    /** The environment variable holding the JDBC URL, {@link TestDatabases#POSTGRES_ENV} or {@link TestDatabases#MYSQL_ENV}. */
    String env();

    /** What the class runs, for the skip reason: "the store contract suite on PostgreSQL". */
    String runs();
}
