package io.orgkit.core.internal.io;

import io.orgkit.core.departments.Department;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.io.ExportOptions;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.SheetWriter;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes the members of a scope, streaming, in CSV or XLSX; works for synced organizations too. */
final class ExportPipeline {
    private final ServiceContext ctx;
    private final OrgId org;

    ExportPipeline(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    void run(ExportScope scope, FileFormat format, ExportOptions o, OutputStream out) {
        Objects.requireNonNull(out, "out");
        var writerFormat = Formats.get(format);
        Selection sel = ctx.read(s -> {
            Guard.organization(s, org);
            return new Selection(new DepartmentPaths(s.departments(org)), members(s, scope, o.includeResigned()));
        });
        MemberCells cells = new MemberCells(o.columns(), sel.paths());
        try (SheetWriter w = writerFormat.writer(out, "Members")) {
            w.header(o.columns().stream().map(c -> c.header(o.language())).toList());
            for (Member m : sel.members()) {
                w.row(cells.of(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the export failed: " + e.getMessage(), e);
        }
    }

    private List<Member> members(StoreSession s, ExportScope scope, boolean resigned) {
        return switch (scope.kind()) {
            case ORGANIZATION -> s.allMembers(org, resigned);
            case DEPARTMENT -> department(s, scope, resigned);
            case MEMBERS -> selected(s, scope.members(), resigned);
        };
    }

    private List<Member> department(StoreSession s, ExportScope scope, boolean resigned) {
        Department d = Guard.department(s, org, Objects.requireNonNull(scope.department()));
        List<io.orgkit.core.departments.DepartmentId> ids = scope.includeSubDepartments()
                ? s.subtree(org, d.path()).stream().map(Department::id).toList()
                : List.of(d.id());
        return s.membersInDepartments(org, ids, resigned);
    }

    private List<Member> selected(StoreSession s, List<MemberId> ids, boolean resigned) {
        List<Member> out = new ArrayList<>(ids.size());
        for (MemberId id : ids) {
            Member m = Guard.member(s, org, id);
            if (resigned || m.isActive()) {
                out.add(m);
            }
        }
        return out;
    }

    private record Selection(DepartmentPaths paths, List<Member> members) {}
}
