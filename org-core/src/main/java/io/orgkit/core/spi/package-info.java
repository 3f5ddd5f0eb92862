@NullMarked
package io.orgkit.core.spi;

import org.jspecify.annotations.NullMarked;
