/** JMH benchmarks of the JDBC store on H2, each against a raw-JDBC baseline measured in the same run. */
@NullMarked
package io.orgkit.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
