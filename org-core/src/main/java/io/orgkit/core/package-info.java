@NullMarked
package io.orgkit.core;

import org.jspecify.annotations.NullMarked;
