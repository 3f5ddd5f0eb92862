/** JMH benchmarks of the Microsoft Teams provider against the local Microsoft Graph simulator. */
@NullMarked
package io.orgkit.benchmarks.teams;

import org.jspecify.annotations.NullMarked;
