/** Search internals: term derivation at write time, the lazy re-index, highlights and cursors. Not an API. */
@NullMarked
package io.orgkit.core.internal.search;

import org.jspecify.annotations.NullMarked;
