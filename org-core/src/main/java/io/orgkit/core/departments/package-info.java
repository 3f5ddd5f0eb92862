/**
 * The department tree of an organization: {@link io.orgkit.core.departments.Departments} (through {@code
 * Org.departments()}) and the {@link io.orgkit.core.departments.Department} record.
 */
@NullMarked
package io.orgkit.core.departments;

import org.jspecify.annotations.NullMarked;
