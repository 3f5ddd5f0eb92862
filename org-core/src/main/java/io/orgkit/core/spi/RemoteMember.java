package io.orgkit.core.spi;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member as the platform reports it: once, with all its departments.
 *
 * @param departmentExternalIds every department of the member
 * @param mainDepartmentExternalId one of them; the first when the platform names none
 * @param active false for a member the platform lists but has disabled
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
        boolean active) {

    /**
     * Validates the member and copies its department list.
     *
     * @throws ValidationException when the external id, name or main department is missing, or the main department is
     *     not among the member's departments
     */
    public RemoteMember {
        Check.notNull(externalId, "externalId");
        Check.notNull(name, "name");
        departmentExternalIds = List.copyOf(departmentExternalIds);
        Check.notNull(mainDepartmentExternalId, "mainDepartmentExternalId");
        if (!departmentExternalIds.contains(mainDepartmentExternalId)) {
            throw ValidationException.of(
                    "mainDepartmentExternalId",
                    "main department " + mainDepartmentExternalId + " of remote member " + externalId
                            + " is not among its departments");
        }
    }
}
