package io.orgkit.tck.graph;

import io.orgkit.core.spi.RemoteMember;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import java.util.List;

/**
 * Lets the {@link io.orgkit.tck.provider.ProviderContractSuite} change a {@link GraphSimulator}'s tenant as the
 * provider's group mapping reads it: departments are groups nested in {@link GraphDirectory#ROOT_GROUP}, a
 * department's managers are the group's owners, a member belongs to the groups that list it, and its main
 * department is the group named by its {@code department} property.
 */
public final class GraphSimulatorControl implements RemoteDirectoryControl {
    private final GraphSimulator sim;

    /** A control of {@code sim}'s tenant. */
    public GraphSimulatorControl(GraphSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void reset() {
        sim.reset();
    }

    @Override
    public String rootDepartmentId() {
        return GraphDirectory.ROOT_GROUP;
    }

    @Override
    public String addDepartment(String parentId, String name) {
        return sim.directory().addGroup(parentId, name);
    }

    @Override
    public void renameDepartment(String departmentId, String name) {
        sim.directory().renameGroup(departmentId, name);
    }

    @Override
    public void moveDepartment(String departmentId, String newParentId) {
        for (String parent : sim.directory().groupsOf(departmentId)) {
            sim.directory().removeMember(parent, departmentId);
        }
        sim.directory().addMember(newParentId, departmentId);
    }

    @Override
    public void deleteDepartment(String departmentId) {
        sim.directory().deleteGroup(departmentId);
    }

    @Override
    public void setManagers(String departmentId, List<String> memberIds) {
        sim.directory().setOwners(departmentId, memberIds);
    }

    @Override
    public void addMember(RemoteMember member) {
        sim.directory().addUser(user(member));
        member.departmentExternalIds().forEach(g -> sim.directory().addMember(g, member.externalId()));
    }

    @Override
    public void updateMember(RemoteMember member) {
        sim.directory().updateUser(member.externalId(), old -> user(member).enabled(old.accountEnabled()));
        for (String g : sim.directory().groupsOf(member.externalId())) {
            if (!member.departmentExternalIds().contains(g)) {
                sim.directory().removeMember(g, member.externalId());
            }
        }
        member.departmentExternalIds().forEach(g -> sim.directory().addMember(g, member.externalId()));
    }

    @Override
    public void removeMember(String memberId) {
        sim.directory().deleteUser(memberId, false);
    }

    @Override
    public void failFetchAtCall(int n) {
        sim.faults().failFromCallAfter(sim.totalCalls(), n);
    }

    @Override
    public void answerEmpty(boolean empty) {
        sim.answerEmpty(empty);
    }

    private String groupName(String id) {
        GraphDirectory.Group g = sim.directory().groupOrNull(id);
        return g == null ? id : g.name;
    }

    private GraphUser user(RemoteMember m) {
        return new GraphUser(
                m.externalId(),
                m.name(),
                m.email(),
                m.externalId() + "@sim.example",
                m.phone(),
                List.of(),
                m.position(),
                groupName(m.mainDepartmentExternalId()),
                null,
                m.employeeId(),
                true,
                null);
    }
}
