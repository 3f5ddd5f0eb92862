package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.UniqueKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps member rows: the members table holds the fields, the link table the departments (main first). */
final class MemberRows {
    static final Comparator<Member> ORDER = Comparator.comparing(Member::name).thenComparing(m -> m.id().value());

    /** A member row before its department links are joined in. */
    record Row(
            OrgId org,
            MemberId id,
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position,
            DepartmentId main,
            MemberStatus status,
            @Nullable Instant resignedAt,
            @Nullable String externalId,
            Instant createdAt,
            @Nullable PlatformAccount account) {

        Member with(Map<MemberId, List<DepartmentId>> links) {
            List<DepartmentId> depts = links.getOrDefault(id, List.of());
            if (!depts.contains(main)) {
                throw new StorageException("member " + id + " is stored without a link to its main department " + main
                        + "; was the OrgKit link table changed by hand?");
            }
            return new Member(
                    id,
                    org,
                    name,
                    employeeId,
                    phone,
                    email,
                    position,
                    depts,
                    main,
                    status,
                    resignedAt,
                    externalId,
                    createdAt,
                    account);
        }
    }

    private MemberRows() {}

    static Row row(ResultSet rs) throws SQLException {
        long resigned = rs.getLong("resigned_ns");
        Instant resignedAt = rs.wasNull() ? null : Times.fromNanos(resigned);
        return new Row(
                OrgId.of(rs.getString("org_id")),
                MemberId.of(rs.getString("id")),
                rs.getString("name"),
                rs.getString("employee_id"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("position"),
                DepartmentId.of(rs.getString("main_department_id")),
                MemberStatus.valueOf(rs.getString("status")),
                resignedAt,
                rs.getString("external_id"),
                Times.fromNanos(rs.getLong("created_ns")),
                account(rs.getString("platform_account")));
    }

    /** The columns an update rewrites, in {@link #fieldValues} order; an insert adds the key and the creation time. */
    static final String FIELDS = "name, employee_id, employee_id_key, phone, email, position, main_department_id,"
            + " status, resigned_ns, external_id, platform_account";

    /** Every column of a member row: what an insert fills ({@link #insertValues}) and a read selects. */
    static final String COLUMNS = "org_id, id, created_ns, " + FIELDS;

    /** The member's {@link #FIELDS} (the employee ID's key: {@link #employeeIdKey}). */
    static @Nullable Object[] fieldValues(Member m) {
        return new @Nullable Object[] {
            m.name(),
            m.employeeId(),
            employeeIdKey(m),
            m.phone(),
            m.email(),
            m.position(),
            m.mainDepartmentId().value(),
            m.status().name(),
            m.resignedAt() == null ? null : Times.toNanos(m.resignedAt()),
            m.externalId(),
            m.platformAccount() == null ? null : m.platformAccount().name()
        };
    }

    /** The member's row in {@link #COLUMNS} order. */
    static @Nullable Object[] insertValues(Member m) {
        return Db.concat(
                new @Nullable Object[] {m.orgId().value(), m.id().value(), Times.toNanos(m.createdAt())},
                fieldValues(m));
    }

    private static @Nullable PlatformAccount account(@Nullable String stored) {
        return stored == null ? null : PlatformAccount.valueOf(stored);
    }

    /** The form employee IDs are unique in ({@link UniqueKey#canonical}: case-insensitive), or null. */
    static @Nullable String employeeIdKey(Member m) {
        return m.employeeId() == null ? null : UniqueKey.EMPLOYEE_ID.canonical(m.employeeId());
    }

    /** One link row: the member's department at its position in {@link Member#departmentIds()}. */
    record Link(Member member, DepartmentId department, int position) {
        static List<Link> of(Member m) {
            List<DepartmentId> depts = m.departmentIds();
            return java.util.stream.IntStream.range(0, depts.size())
                    .mapToObj(i -> new Link(m, depts.get(i), i))
                    .toList();
        }

        @Nullable
        Object[] values() {
            return new @Nullable Object[] {member.orgId().value(), member.id().value(), department.value(), position};
        }
    }
}
