package io.orgkit.tck.dingtalk;

import io.orgkit.core.spi.RemoteMember;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import io.orgkit.tck.sim.SimMembers;
import java.util.List;

/**
 * Lets the {@link io.orgkit.tck.provider.ProviderContractSuite} change a {@link DingTalkSimulator}'s directory.
 * A member's main department becomes the first entry of its {@code dept_id_list}, as DingTalk lists it.
 */
public final class DingTalkSimulatorControl implements RemoteDirectoryControl {
    private final DingTalkSimulator sim;

    /**
     * A control over {@code sim}'s directory.
     *
     * @param sim the simulator
     */
    public DingTalkSimulatorControl(DingTalkSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void reset() {
        sim.reset();
    }

    @Override
    public String rootDepartmentId() {
        return Long.toString(SimDirectory.ROOT_ID);
    }

    @Override
    public String addDepartment(String parentId, String name) {
        return Long.toString(sim.directory().addDepartment(id(parentId), name));
    }

    @Override
    public void renameDepartment(String departmentId, String name) {
        sim.directory().renameDepartment(id(departmentId), name);
    }

    @Override
    public void moveDepartment(String departmentId, String newParentId) {
        sim.directory().moveDepartment(id(departmentId), id(newParentId));
    }

    @Override
    public void deleteDepartment(String departmentId) {
        sim.directory().deleteDepartment(id(departmentId));
    }

    @Override
    public void setManagers(String departmentId, List<String> memberIds) {
        sim.directory().setManagers(id(departmentId), memberIds);
    }

    @Override
    public void addMember(RemoteMember member) {
        sim.directory().addUser(user(member, true));
    }

    @Override
    public void updateMember(RemoteMember member) {
        sim.directory().updateUser(member.externalId(), old -> user(member, old.active()));
    }

    @Override
    public void removeMember(String memberId) {
        sim.directory().removeUser(memberId);
    }

    @Override
    public void failFetchAtCall(int n) {
        sim.faults().failFromCallAfter(sim.totalCalls(), n);
    }

    @Override
    public void answerEmpty(boolean empty) {
        sim.answerEmpty(empty);
    }

    private static SimUser user(RemoteMember m, boolean active) {
        List<Long> depts = SimMembers.departmentsMainFirst(m, DingTalkSimulatorControl::id);
        return new SimUser(m.externalId(), m.name(), m.phone(), m.email(), m.employeeId(), m.position(), depts, active);
    }

    private static long id(String departmentId) {
        return Long.parseLong(departmentId);
    }
}
