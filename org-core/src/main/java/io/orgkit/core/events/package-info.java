/**
 * Events: every change as an {@link io.orgkit.core.events.OrgEvent}, delivered to {@link
 * io.orgkit.core.events.OrgEventListener}s after it is stored and kept in a replayable feed.
 */
@NullMarked
package io.orgkit.core.events;

import org.jspecify.annotations.NullMarked;
