package io.orgkit.tck.wecom;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user of the simulated WeCom directory.
 *
 * @param departments    every department of the user ({@code department}), in WeCom's order
 * @param mainDepartment WeCom's {@code main_department}, one of {@code departments}
 * @param status         1 active, 2 disabled, 4 not activated, 5 left the enterprise
 * @param employeeId     the value of the custom attribute {@code 工号}, if any
 */
public record WeComSimUser(
        String userid,
        String name,
        @Nullable String mobile,
        @Nullable String email,
        @Nullable String position,
        @Nullable String employeeId,
        List<Long> departments,
        long mainDepartment,
        int status) {

    /** @throws IllegalArgumentException when there is no department or the main one is not among them */
    public WeComSimUser {
        Objects.requireNonNull(userid, "userid");
        Objects.requireNonNull(name, "name");
        departments = List.copyOf(departments);
        if (departments.isEmpty() || !departments.contains(mainDepartment)) {
            throw new IllegalArgumentException("user " + userid + " needs departments including its main one");
        }
    }

    /** An active user with only a name, its main department the first of {@code departments}. */
    public static WeComSimUser of(String userid, String name, Long... departments) {
        return new WeComSimUser(userid, name, null, null, null, null, List.of(departments), departments[0], 1);
    }

    /** The same user with another name. */
    public WeComSimUser withName(String newName) {
        return new WeComSimUser(
                userid, newName, mobile, email, position, employeeId, departments, mainDepartment, status);
    }

    /** The same user with another WeCom status (1, 2, 4 or 5). */
    public WeComSimUser withStatus(int newStatus) {
        return new WeComSimUser(
                userid, name, mobile, email, position, employeeId, departments, mainDepartment, newStatus);
    }

    /** The same user with another mobile and email. */
    public WeComSimUser withContact(@Nullable String newMobile, @Nullable String newEmail) {
        return new WeComSimUser(
                userid, name, newMobile, newEmail, position, employeeId, departments, mainDepartment, status);
    }

    /** The same user with another employee ID and position. */
    public WeComSimUser withJob(@Nullable String newEmployeeId, @Nullable String newPosition) {
        return new WeComSimUser(
                userid, name, mobile, email, newPosition, newEmployeeId, departments, mainDepartment, status);
    }

    /** In {@code newDepartments}, the first being the main one. */
    public WeComSimUser withDepartments(List<Long> newDepartments) {
        return new WeComSimUser(
                userid, name, mobile, email, position, employeeId, newDepartments, newDepartments.get(0), status);
    }
}
