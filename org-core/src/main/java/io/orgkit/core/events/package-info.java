@NullMarked
package io.orgkit.core.events;

import org.jspecify.annotations.NullMarked;
