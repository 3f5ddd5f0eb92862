package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.Quote;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.io.RowError;
import io.orgkit.core.io.SourceRow;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks one row with the same rules as the members API ({@link MemberRules#draft}), then its departments and
 * its unique fields (against the file's earlier rows and the existing members).
 */
final class RowValidator {
    private static final Map<String, MemberColumn> FIELD_COLUMNS = Map.of(
            "name",
            MemberColumn.NAME,
            "employeeId",
            MemberColumn.EMPLOYEE_ID,
            "phone",
            MemberColumn.PHONE,
            "email",
            MemberColumn.EMAIL,
            "position",
            MemberColumn.POSITION);

    private final OrgId org;
    private final HeaderMap header;
    private final Instant now;
    private final DepartmentCheck departments;
    private final UniquenessCheck unique;
    private final MemberRules rules;

    RowValidator(
            OrgId org,
            HeaderMap header,
            Instant now,
            DepartmentCheck departments,
            UniquenessCheck unique,
            MemberRules rules) {
        this.rules = rules;
        this.org = org;
        this.header = header;
        this.now = now;
        this.departments = departments;
        this.unique = unique;
    }

    /** The row ready to write, or null after adding its problems to {@code errors}. */
    @Nullable
    PendingRow validate(SourceRow row, List<RowError> errors) {
        int before = errors.size();
        for (int i : row.formulaCells()) {
            errors.add(new RowError(
                    row.number(),
                    columnName(i),
                    "the cell holds a formula; formulas are not"
                            + " imported: replace it by its value (Paste Special > Values) and upload again"));
        }
        Member draft = draft(row, errors);
        List<String> paths = departments.check(row, errors);
        UniquenessCheck.Keys keys = draft != null
                ? UniquenessCheck.Keys.of(draft)
                : UniquenessCheck.Keys.lenient(
                        rules,
                        value(row, MemberColumn.EMPLOYEE_ID),
                        value(row, MemberColumn.PHONE),
                        value(row, MemberColumn.EMAIL));
        MemberId target = unique.check(row, keys, errors);
        if (draft == null || errors.size() > before) {
            return null;
        }
        return new PendingRow(row.number(), draft, target, paths);
    }

    /**
     * A row that {@link #validate} accepted and spooled, ready to write: its normalised values as checked (not
     * validated and normalised again), a new id, the root as department unless the paths say otherwise.
     */
    PendingRow pending(RowSpool.Checked row) {
        DepartmentId root = Guard.rootId(org);
        Member draft = new Member(
                MemberId.random(),
                org,
                row.name(),
                row.employeeId(),
                row.phone(),
                row.email(),
                row.position(),
                List.of(root),
                root,
                MemberStatus.ACTIVE,
                null,
                null,
                now);
        return new PendingRow(row.row(), draft, row.target(), row.paths());
    }

    /** Reading is over: drops the values the uniqueness and department checks collected. */
    void doneReading() {
        unique.doneReading();
        departments.doneReading();
    }

    private @Nullable Member draft(SourceRow row, List<RowError> errors) {
        NewMember n = NewMember.named(value(row, MemberColumn.NAME))
                .employeeId(value(row, MemberColumn.EMPLOYEE_ID))
                .phone(value(row, MemberColumn.PHONE))
                .email(value(row, MemberColumn.EMAIL))
                .position(value(row, MemberColumn.POSITION));
        try {
            return rules.draft(org, n, Guard.rootId(org), "", null, now);
        } catch (ValidationException e) {
            for (ValidationException.FieldError f : e.errors()) {
                MemberColumn c = FIELD_COLUMNS.get(f.field());
                errors.add(new RowError(row.number(), c == null ? f.field() : header.label(c), f.message()));
            }
            return null;
        }
    }

    /** The existing member with the row's values for the columns the file has. */
    Member merged(Member existing, Member draft) {
        return new Member(
                existing.id(),
                org,
                draft.name(),
                existing.employeeId(),
                pick(MemberColumn.PHONE, draft.phone(), existing.phone()),
                pick(MemberColumn.EMAIL, draft.email(), existing.email()),
                pick(MemberColumn.POSITION, draft.position(), existing.position()),
                existing.departmentIds(),
                existing.mainDepartmentId(),
                existing.status(),
                existing.resignedAt(),
                existing.externalId(),
                existing.createdAt(),
                existing.platformAccount());
    }

    private @Nullable String pick(MemberColumn c, @Nullable String fromFile, @Nullable String current) {
        return header.has(c) ? fromFile : current;
    }

    private String value(SourceRow row, MemberColumn c) {
        int i = header.indexOf(c);
        return i < 0 ? "" : row.cell(i);
    }

    private String columnName(int index) {
        return index < header.header().size() ? Quote.cut(header.header().get(index)) : "column " + (index + 1);
    }
}
