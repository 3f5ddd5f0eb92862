/** The starter's implementation; not API. */
@NullMarked
package io.orgkit.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
