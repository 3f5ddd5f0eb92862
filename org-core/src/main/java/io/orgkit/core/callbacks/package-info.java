/** Platform callbacks (event subscriptions): one entry point any web framework can mount. */
@NullMarked
package io.orgkit.core.callbacks;

import org.jspecify.annotations.NullMarked;
