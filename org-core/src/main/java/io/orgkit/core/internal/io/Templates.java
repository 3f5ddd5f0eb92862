package io.orgkit.core.internal.io;

import io.orgkit.core.io.HeaderLanguage;
import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.io.TemplateSpec;
import java.util.ArrayList;
import java.util.List;

/** Builds the import template of an organization: standard columns, notes, an example row, department paths. */
final class Templates {
    private Templates() {}

    static TemplateSpec of(DepartmentPaths paths, HeaderLanguage language) {
        List<MemberColumn> columns = MemberColumn.standard();
        List<TemplateSpec.Column> specs = new ArrayList<>();
        List<String> example = new ArrayList<>();
        List<String> all = paths.all();
        for (MemberColumn c : columns) {
            String header = c.header(language) + (c.required() ? " *" : "");
            specs.add(new TemplateSpec.Column(header, c.required(), c.note()));
            example.add(c == MemberColumn.DEPARTMENT ? (all.isEmpty() ? "" : all.get(0)) : c.example());
        }
        return new TemplateSpec(specs, example, all, columns.indexOf(MemberColumn.DEPARTMENT));
    }
}
