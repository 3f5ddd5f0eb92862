@NullMarked
package io.orgkit.core.departments;

import org.jspecify.annotations.NullMarked;
