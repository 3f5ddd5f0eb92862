@NullMarked
package io.orgkit.core.internal;

import org.jspecify.annotations.NullMarked;
