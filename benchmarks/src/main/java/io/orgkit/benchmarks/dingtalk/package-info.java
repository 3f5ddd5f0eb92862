/** JMH benchmarks of the DingTalk provider against the local DingTalk simulator. */
@NullMarked
package io.orgkit.benchmarks.dingtalk;

import org.jspecify.annotations.NullMarked;
