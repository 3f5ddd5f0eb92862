@NullMarked
package io.orgkit.core.search;

import org.jspecify.annotations.NullMarked;
