@NullMarked
package io.orgkit.core.store;

import org.jspecify.annotations.NullMarked;
