/** JMH benchmarks of the WeCom provider against the local WeCom simulator. */
@NullMarked
package io.orgkit.benchmarks.wecom;

import org.jspecify.annotations.NullMarked;
