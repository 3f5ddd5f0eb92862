package io.orgkit.tck.provider;

import io.orgkit.core.spi.RemoteMember;
import java.util.List;

/**
 * How the {@link ProviderContractSuite} changes a platform's directory: a provider's test implements it against
 * the provider's simulator (or the fake). Ids are the platform's ids, as the provider reports them in
 * {@code RemoteDepartment.externalId()} / {@code RemoteMember.externalId()}.
 */
public interface RemoteDirectoryControl {

    /** Empties the directory to the root department alone and clears injected failures; called before each test. */
    void reset();

    /** The platform id of the root department. */
    String rootDepartmentId();

    /** Adds a department under {@code parentId} and returns the id the platform gave it. */
    String addDepartment(String parentId, String name);

    /**
     * Renames a department on the platform.
     *
     * @param departmentId the platform's id of the department
     * @param name the new name
     */
    void renameDepartment(String departmentId, String name);

    /**
     * Moves a department (with its subtree) under another parent on the platform.
     *
     * @param departmentId the platform's id of the department
     * @param newParentId the platform's id of the new parent
     */
    void moveDepartment(String departmentId, String newParentId);

    /** Deletes a department; the suite empties it first (no sub-departments, no members), as platforms require. */
    void deleteDepartment(String departmentId);

    /** Sets the department's managers (leaders), by member id. */
    void setManagers(String departmentId, List<String> memberIds);

    /**
     * Adds a member with the id, fields and departments of {@code member} (its {@code active} flag is ignored).
     * The suite uses ids of letters and digits, names, employee IDs, mobile numbers of 11 digits, lower-case
     * emails and positions.
     */
    void addMember(RemoteMember member);

    /** Replaces the fields and departments of the existing member {@code member.externalId()}. */
    void updateMember(RemoteMember member);

    /** Deletes the member from the platform (which also drops it from department managers). */
    void removeMember(String memberId);

    /**
     * From the {@code n}-th platform call made after this one on (counting from 1, token calls included), every
     * call fails with a server error, so retries fail too; {@code 0} heals the platform again.
     */
    void failFetchAtCall(int n);

    /** While on, the platform answers an empty directory: its root department alone and no members. */
    void answerEmpty(boolean empty);
}
