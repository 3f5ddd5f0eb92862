package io.orgkit.excel.archfixture;

import io.orgkit.core.departments.Department;
import io.orgkit.core.internal.TreeOrder;
import java.util.List;

/** Breaks "internal packages stay in their module": an Excel class calling core's internal tree order. */
public final class UsesCoreInternals {
    List<Department> sorted(List<Department> departments) {
        return TreeOrder.of(departments);
    }
}
