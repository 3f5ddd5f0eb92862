@NullMarked
package io.orgkit.core.internal.memory;

import org.jspecify.annotations.NullMarked;
