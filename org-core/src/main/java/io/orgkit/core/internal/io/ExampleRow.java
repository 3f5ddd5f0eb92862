package io.orgkit.core.internal.io;

import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.io.SourceRow;

/** Recognises the template's example row left unchanged; the import ignores it. */
final class ExampleRow {
    private ExampleRow() {}

    static boolean matches(HeaderMap header, SourceRow row) {
        for (MemberColumn c : MemberColumn.standard()) {
            int i = header.indexOf(c);
            if (c != MemberColumn.DEPARTMENT && i >= 0 && !row.cell(i).strip().equals(c.example())) {
                return false;
            }
        }
        return header.has(MemberColumn.EMPLOYEE_ID) && header.has(MemberColumn.PHONE);
    }
}
