/** The sync engine: fetch, check, plan, guard, apply, report. Not an API; use {@code io.orgkit.core.sync}. */
@NullMarked
package io.orgkit.core.internal.sync;

import org.jspecify.annotations.NullMarked;
