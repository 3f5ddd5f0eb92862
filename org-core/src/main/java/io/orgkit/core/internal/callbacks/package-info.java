/** Routing and applying platform callbacks. */
@NullMarked
package io.orgkit.core.internal.callbacks;

import org.jspecify.annotations.NullMarked;
