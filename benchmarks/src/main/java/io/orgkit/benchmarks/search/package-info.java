/** Search benchmarks: member queries at 100,000 members, the write cost of search terms, index heap. */
@NullMarked
package io.orgkit.benchmarks.search;

import org.jspecify.annotations.NullMarked;
