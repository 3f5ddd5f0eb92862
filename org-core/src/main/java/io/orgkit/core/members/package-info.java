@NullMarked
package io.orgkit.core.members;

import org.jspecify.annotations.NullMarked;
