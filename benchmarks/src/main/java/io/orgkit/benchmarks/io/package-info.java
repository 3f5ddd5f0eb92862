/** JMH benchmarks and a heap harness for member import and export. */
@NullMarked
package io.orgkit.benchmarks.io;

import org.jspecify.annotations.NullMarked;
