/** JMH benchmarks of the sync engine against the in-memory fake platform. */
@NullMarked
package io.orgkit.benchmarks.sync;

import org.jspecify.annotations.NullMarked;
