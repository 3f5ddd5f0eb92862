package io.orgkit.core.internal.members;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Rules;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.UniqueKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Normalization and validation of a member's fields, the same for every path: name (required, 1..100 characters),
 * employee ID (64), position (100), phone (E.164 through {@link PhoneNumbers}) and email (lower-cased), each through
 * the text rules of {@link Rules}. A refusal is a {@link io.orgkit.core.ValidationException} naming every bad field.
 */
public final class MemberRules {
    private final PhoneNumbers phones;

    public MemberRules(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** The phone region numbers without a country code are read in. */
    public String phoneRegion() {
        return phones.region();
    }

    /**
     * A new member with validated, normalized fields and a new id; field names are prefixed with {@code prefix}.
     *
     * @throws io.orgkit.core.ValidationException naming each bad field
     */
    public Member draft(
            OrgId org,
            NewMember n,
            DepartmentId defaultDepartment,
            String prefix,
            @Nullable String externalId,
            Instant now) {
        Fields f = fields(prefix, n.name(), n.employeeId(), n.phone(), n.email(), n.position());
        List<DepartmentId> depts = n.departments().isEmpty() ? List.of(defaultDepartment) : n.departments();
        DepartmentId main = n.mainDepartment() != null ? n.mainDepartment() : depts.get(0);
        return new Member(
                MemberId.random(),
                org,
                f.name,
                f.employeeId,
                f.phone,
                f.email,
                f.position,
                MemberOps.mainFirst(depts, main),
                main,
                MemberStatus.ACTIVE,
                null,
                externalId,
                now);
    }

    /**
     * {@code m} with validated, normalized fields (an update, a remote member).
     *
     * @throws io.orgkit.core.ValidationException naming each bad field
     */
    public Member normalize(Member m) {
        Fields f = fields("", m.name(), m.employeeId(), m.phone(), m.email(), m.position());
        return new Member(
                m.id(),
                m.orgId(),
                f.name,
                f.employeeId,
                f.phone,
                f.email,
                f.position,
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                m.externalId(),
                m.createdAt(),
                m.platformAccount());
    }

    private record Fields(
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position) {}

    private Fields fields(
            String prefix,
            @Nullable String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position) {
        Rules r = Rules.check();
        Fields f = new Fields(
                r.name(prefix + "name", name),
                r.text(prefix + "employeeId", employeeId, Rules.MAX_FIELD),
                phone(r, prefix + "phone", phone),
                r.email(prefix + "email", email),
                r.text(prefix + "position", position, Rules.MAX_NAME));
        r.throwIfAny();
        return f;
    }

    /**
     * {@code value} in the form members store it (employee ID in NFC, phone in E.164, email lower-cased), for an exact
     * lookup: the same rules as a write, so any format of a stored phone finds it.
     *
     * @throws io.orgkit.core.ValidationException naming the field when the value is blank or would be refused
     */
    public String lookupValue(UniqueKey key, @Nullable String value) {
        Rules r = Rules.check();
        String field = MemberKeys.field(key);
        String v = switch (key) {
            case EMPLOYEE_ID -> r.text(field, value, Rules.MAX_FIELD);
            case PHONE -> phone(r, field, value);
            case EMAIL -> r.email(field, value);
        };
        r.throwIfAny();
        if (v == null) {
            throw ValidationException.of(field, "is required to look a member up");
        }
        return v;
    }

    /**
     * A platform's user id for an exact lookup, as given (ids compare exactly): not blank, at most
     * {@value #MAX_EXTERNAL_ID} characters.
     *
     * @throws io.orgkit.core.ValidationException naming {@code externalId}
     */
    public static String lookupExternalId(@Nullable String value) {
        Rules r = Rules.check();
        String v = r.text("externalId", value, MAX_EXTERNAL_ID);
        if (v == null && r.ok()) {
            r.fail("externalId", "is required to look a member up");
        }
        r.throwIfAny();
        return java.util.Objects.requireNonNull(value);
    }

    /** The longest external id a lookup accepts (stores keep up to 255 characters). */
    public static final int MAX_EXTERNAL_ID = 255;

    /** An optional phone in E.164; a value that is no phone number adds an error to {@code r}. */
    public @Nullable String phone(Rules r, String field, @Nullable String value) {
        int before = r.errors().size();
        String v = r.clean(field, value, Rules.MAX_FIELD);
        if (v == null || r.errors().size() > before) {
            return v;
        }
        String e164 = phones.e164(v);
        if (e164 == null) {
            r.fail(field, phones.refusal(v));
            return v;
        }
        return e164;
    }
}
