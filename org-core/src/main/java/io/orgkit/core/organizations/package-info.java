@NullMarked
package io.orgkit.core.organizations;

import org.jspecify.annotations.NullMarked;
