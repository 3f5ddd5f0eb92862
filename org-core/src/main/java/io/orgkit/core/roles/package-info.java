@NullMarked
package io.orgkit.core.roles;

import org.jspecify.annotations.NullMarked;
