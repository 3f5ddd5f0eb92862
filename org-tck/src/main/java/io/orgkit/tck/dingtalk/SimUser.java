package io.orgkit.tck.dingtalk;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user of the simulated directory.
 *
 * @param deptIds every department of the user; DingTalk lists them in {@code dept_id_list} in this order,
 *                the first being the one the user joined first (its main department)
 * @param active  DingTalk's {@code active}: false for a user who has not activated DingTalk or was disabled
 */
public record SimUser(
        String userid,
        String name,
        @Nullable String mobile,
        @Nullable String email,
        @Nullable String jobNumber,
        @Nullable String title,
        List<Long> deptIds,
        boolean active) {

    /**
     * Validates the user and copies its departments.
     *
     * @throws NullPointerException when the userid or name is null
     * @throws IllegalArgumentException when the user has no department
     */
    public SimUser {
        Objects.requireNonNull(userid, "userid");
        Objects.requireNonNull(name, "name");
        deptIds = List.copyOf(deptIds);
        if (deptIds.isEmpty()) {
            throw new IllegalArgumentException("user " + userid + " needs at least one department");
        }
    }

    /** An active user with only a name, in {@code deptIds}. */
    public static SimUser of(String userid, String name, Long... deptIds) {
        return new SimUser(userid, name, null, null, null, null, List.of(deptIds), true);
    }

    /**
     * A copy with another name.
     *
     * @param newName the name
     * @return the copy
     */
    public SimUser withName(String newName) {
        return new SimUser(userid, newName, mobile, email, jobNumber, title, deptIds, active);
    }

    /**
     * A copy with other contact details.
     *
     * @param newMobile the mobile number, or null
     * @param newEmail the email address, or null
     * @return the copy
     */
    public SimUser withContact(@Nullable String newMobile, @Nullable String newEmail) {
        return new SimUser(userid, name, newMobile, newEmail, jobNumber, title, deptIds, active);
    }

    /**
     * A copy with another job number and title.
     *
     * @param newJobNumber the job number, or null
     * @param newTitle the title, or null
     * @return the copy
     */
    public SimUser withJob(@Nullable String newJobNumber, @Nullable String newTitle) {
        return new SimUser(userid, name, mobile, email, newJobNumber, newTitle, deptIds, active);
    }

    /**
     * A copy in other departments.
     *
     * @param newDeptIds the departments, the main one first
     * @return the copy
     */
    public SimUser withDepartments(List<Long> newDeptIds) {
        return new SimUser(userid, name, mobile, email, jobNumber, title, newDeptIds, active);
    }

    /**
     * A copy active or not.
     *
     * @param newActive whether the user is active
     * @return the copy
     */
    public SimUser withActive(boolean newActive) {
        return new SimUser(userid, name, mobile, email, jobNumber, title, deptIds, newActive);
    }
}
