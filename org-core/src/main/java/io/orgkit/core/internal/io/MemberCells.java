package io.orgkit.core.internal.io;

import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.members.Member;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member's cells for the chosen columns, as exports write them (and imports read them back). */
final class MemberCells {
    private final List<MemberColumn> columns;
    private final DepartmentPaths paths;

    MemberCells(List<MemberColumn> columns, DepartmentPaths paths) {
        this.columns = columns;
        this.paths = paths;
    }

    List<String> of(Member m) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(columns.get(i), m);
        }
        return Arrays.asList(cells);
    }

    private String cell(MemberColumn c, Member m) {
        return switch (c) {
            case NAME -> m.name();
            case EMPLOYEE_ID -> text(m.employeeId());
            case PHONE -> text(m.phone());
            case EMAIL -> text(m.email());
            case POSITION -> text(m.position());
            case DEPARTMENT -> paths.cell(m.departmentIds());
            case STATUS ->
                switch (m.status()) {
                    case ACTIVE -> "Active";
                    case RESIGNED -> "Resigned";
                    case ERASED -> "Erased";
                };
            case PLATFORM_ACCOUNT ->
                m.platformAccount() == null
                        ? ""
                        : switch (m.platformAccount()) {
                            case ACTIVATED -> "Activated";
                            case NOT_ACTIVATED -> "Not activated";
                            case DISABLED -> "Disabled";
                        };
        };
    }

    private static String text(@Nullable String v) {
        return v == null ? "" : v;
    }
}
