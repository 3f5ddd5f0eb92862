@NullMarked
package io.orgkit.core.accounts;

import org.jspecify.annotations.NullMarked;
