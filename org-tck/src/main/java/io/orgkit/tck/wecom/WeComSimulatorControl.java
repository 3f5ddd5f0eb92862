package io.orgkit.tck.wecom;

import io.orgkit.core.spi.RemoteMember;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import io.orgkit.tck.sim.SimMembers;
import java.util.List;

/**
 * Lets the {@link io.orgkit.tck.provider.ProviderContractSuite} change a {@link WeComSimulator}'s directory. A
 * member's main department becomes WeCom's {@code main_department}; leaders are {@code department_leader}.
 */
public final class WeComSimulatorControl implements RemoteDirectoryControl {
    private final WeComSimulator sim;

    /** Controls {@code sim}. */
    public WeComSimulatorControl(WeComSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void reset() {
        sim.reset();
    }

    @Override
    public String rootDepartmentId() {
        return Long.toString(WeComSimDirectory.ROOT_ID);
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
        sim.directory().setLeaders(id(departmentId), memberIds);
    }

    @Override
    public void addMember(RemoteMember member) {
        sim.directory().addUser(user(member, 1));
    }

    @Override
    public void updateMember(RemoteMember member) {
        sim.directory().updateUser(member.externalId(), old -> user(member, old.status()));
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

    private static WeComSimUser user(RemoteMember m, int status) {
        List<Long> depts = SimMembers.departmentsMainFirst(m, WeComSimulatorControl::id);
        return new WeComSimUser(
                m.externalId(),
                m.name(),
                m.phone(),
                m.email(),
                m.position(),
                m.employeeId(),
                depts,
                depts.get(0),
                status);
    }

    private static long id(String departmentId) {
        return Long.parseLong(departmentId);
    }
}
