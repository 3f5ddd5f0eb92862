/**
 * Syncing an organization from its platform: {@link io.orgkit.core.sync.Sync} (dry run, run, approve a held
 * plan), the plan, the report, progress and the last sync's state. See {@code docs/sync.md}.
 */
@NullMarked
package io.orgkit.core.sync;

import org.jspecify.annotations.NullMarked;
