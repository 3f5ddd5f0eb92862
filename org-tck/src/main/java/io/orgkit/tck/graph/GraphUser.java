package io.orgkit.tck.graph;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user of the simulated tenant, with the properties the provider selects.
 *
 * @param managerId the id of the user's manager ({@code /users/{id}/manager}), if any
 */
public record GraphUser(
        String id,
        String displayName,
        @Nullable String mail,
        String userPrincipalName,
        @Nullable String mobilePhone,
        List<String> businessPhones,
        @Nullable String jobTitle,
        @Nullable String department,
        @Nullable String companyName,
        @Nullable String employeeId,
        boolean accountEnabled,
        @Nullable String managerId) {

    /**
     * Checks the required properties and copies {@code businessPhones}.
     *
     * @throws NullPointerException if {@code id}, {@code displayName}, {@code userPrincipalName} or
     *     {@code businessPhones} is null
     */
    public GraphUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        businessPhones = List.copyOf(businessPhones);
    }

    /** An enabled user with a UPN of {@code id@sim.example} and nothing else set. */
    public static GraphUser of(String id, String displayName) {
        return new GraphUser(
                id, displayName, null, id + "@sim.example", null, List.of(), null, null, null, null, true, null);
    }

    /** The same user in {@code department} under {@code companyName} (either may be null). */
    public GraphUser in(@Nullable String companyName, @Nullable String department) {
        return new GraphUser(
                id,
                displayName,
                mail,
                userPrincipalName,
                mobilePhone,
                businessPhones,
                jobTitle,
                department,
                companyName,
                employeeId,
                accountEnabled,
                managerId);
    }

    /** The same user with its account enabled or disabled. */
    public GraphUser enabled(boolean enabled) {
        return new GraphUser(
                id,
                displayName,
                mail,
                userPrincipalName,
                mobilePhone,
                businessPhones,
                jobTitle,
                department,
                companyName,
                employeeId,
                enabled,
                managerId);
    }

    /** The same user renamed. */
    public GraphUser named(String name) {
        return new GraphUser(
                id,
                name,
                mail,
                userPrincipalName,
                mobilePhone,
                businessPhones,
                jobTitle,
                department,
                companyName,
                employeeId,
                accountEnabled,
                managerId);
    }

    /** The same user with {@code manager} as its manager (null: none). */
    public GraphUser managedBy(@Nullable String manager) {
        return new GraphUser(
                id,
                displayName,
                mail,
                userPrincipalName,
                mobilePhone,
                businessPhones,
                jobTitle,
                department,
                companyName,
                employeeId,
                accountEnabled,
                manager);
    }
}
