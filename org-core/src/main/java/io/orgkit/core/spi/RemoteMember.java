package io.orgkit.core.spi;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberField;
import io.orgkit.core.members.PlatformAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member as the platform reports it: once, with all its departments.
 *
 * <p>A field the platform did not send (WeCom omits phone and email for apps created after its 2022 restriction)
 * is named in {@code withheld}: the sync then keeps the member's local value of that field instead of clearing it,
 * and the record's own value of it is ignored. A field sent empty is {@code null} and not withheld: it clears the
 * local value.
 *
 * @param externalId the platform's user id
 * @param name the member's name as the platform has it
 * @param employeeId the employee ID, or null
 * @param phone the phone in any format the platform uses, or null
 * @param email the email, or null
 * @param position the job title, or null
 * @param departmentExternalIds every department of the member
 * @param mainDepartmentExternalId one of them; the first when the platform names none
 * @param active false for a member the platform lists but who is no longer a member (the sync resigns them);
 *     whether a disabled account still makes a member is the provider's choice (WeCom keeps them, marked
 *     {@link PlatformAccount#DISABLED})
 * @param account the state of the person's account on the platform, kept as {@link
 *     io.orgkit.core.members.Member#platformAccount()}
 * @param withheld the fields the platform did not send (never {@link MemberField#NAME})
 */
public record RemoteMember(
        String externalId,
        String name,
        @Nullable String employeeId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String position,
        List<String> departmentExternalIds,
        String mainDepartmentExternalId,
        boolean active,
        PlatformAccount account,
        Set<MemberField> withheld) {

    /**
     * Checks the components.
     *
     * @param externalId the {@code externalId} component
     * @param name the {@code name} component
     * @param employeeId the {@code employeeId} component
     * @param phone the {@code phone} component
     * @param email the {@code email} component
     * @param position the {@code position} component
     * @param departmentExternalIds the {@code departmentExternalIds} component
     * @param mainDepartmentExternalId the {@code mainDepartmentExternalId} component
     * @param active the {@code active} component
     * @param account the {@code account} component
     * @param withheld the {@code withheld} component
     * @throws ValidationException when a required component is null, the main department is not among the
     *     departments, or the name is withheld
     */
    public RemoteMember {
        Check.notNull(externalId, "externalId");
        Check.notNull(name, "name");
        departmentExternalIds = List.copyOf(Check.notNull(departmentExternalIds, "departmentExternalIds"));
        Check.notNull(mainDepartmentExternalId, "mainDepartmentExternalId");
        if (!departmentExternalIds.contains(mainDepartmentExternalId)) {
            throw ValidationException.of(
                    "mainDepartmentExternalId",
                    "main department " + mainDepartmentExternalId + " of remote member " + externalId
                            + " is not among its departments");
        }
        Check.notNull(account, "account");
        Check.notNull(withheld, "withheld");
        withheld = withheld.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(withheld));
        if (withheld.contains(MemberField.NAME)) {
            throw ValidationException.of(
                    "withheld", "the name of remote member " + externalId + " cannot be withheld; it is required");
        }
    }

    /**
     * A member with every field sent and an {@link PlatformAccount#ACTIVATED} account (the form providers used before
     * account states and withheld fields existed).
     *
     * @param externalId the platform's user id
     * @param name the name
     * @param employeeId the employee ID, or null
     * @param phone the phone, or null
     * @param email the email, or null
     * @param position the job title, or null
     * @param departmentExternalIds every department of the member
     * @param mainDepartmentExternalId one of them
     * @param active false for a member the platform lists but who is no longer a member (resigned by the sync)
     * @throws ValidationException when a required component is null or the main department is not among the
     *     departments
     */
    public RemoteMember(
            String externalId,
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position,
            List<String> departmentExternalIds,
            String mainDepartmentExternalId,
            boolean active) {
        this(
                externalId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentExternalIds,
                mainDepartmentExternalId,
                active,
                PlatformAccount.ACTIVATED,
                Set.of());
    }

    /**
     * Whether the platform did not send {@code field}.
     *
     * @param field a field
     * @return true when withheld
     */
    public boolean withholds(MemberField field) {
        return withheld.contains(field);
    }

    /**
     * A copy with another account state.
     *
     * @param newAccount the state
     * @return the copy
     * @throws ValidationException when {@code newAccount} is null
     */
    public RemoteMember withAccount(PlatformAccount newAccount) {
        return new RemoteMember(
                externalId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentExternalIds,
                mainDepartmentExternalId,
                active,
                newAccount,
                withheld);
    }

    /**
     * A copy that is (or is no longer) a member.
     *
     * @param isMember false when the platform no longer counts the person as a member (the sync resigns them)
     * @return the copy
     */
    public RemoteMember withActive(boolean isMember) {
        return new RemoteMember(
                externalId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentExternalIds,
                mainDepartmentExternalId,
                isMember,
                account,
                withheld);
    }

    /**
     * A copy that names {@code fields} as not sent by the platform (their values in the copy are ignored).
     *
     * @param fields the fields the platform did not send
     * @return the copy
     * @throws ValidationException when {@code fields} holds {@link MemberField#NAME}
     */
    public RemoteMember withWithheld(Set<MemberField> fields) {
        return new RemoteMember(
                externalId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentExternalIds,
                mainDepartmentExternalId,
                active,
                account,
                fields);
    }
}
