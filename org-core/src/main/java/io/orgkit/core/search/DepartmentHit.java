package io.orgkit.core.search;

import io.orgkit.core.departments.Department;
import java.util.List;

/** A department that matched a search, with the matched ranges in its name. */
public record DepartmentHit(Department department, List<Highlight> highlights) {
    /** Copies the highlights. */
    public DepartmentHit {
        highlights = List.copyOf(highlights);
    }
}
