package io.orgkit.tck.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Changes the platform's directory through {@link RemoteDirectoryControl} and remembers what it should now look
 * like, so a test can check that the local organization mirrors it exactly.
 */
final class ExpectedDirectory {
    private final RemoteDirectoryControl remote;
    private final Map<String, DirectoryView.Dept> departments = new TreeMap<>();
    private final Map<String, DirectoryView.Person> members = new TreeMap<>();
    private final Map<String, RemoteMember> current = new TreeMap<>();
    private long phones = 13_800_000_000L;

    ExpectedDirectory(RemoteDirectoryControl remote) {
        this.remote = remote;
        departments.put(remote.rootDepartmentId(), new DirectoryView.Dept(null, "", Set.of()));
    }

    String root() {
        return remote.rootDepartmentId();
    }

    String dept(String parent, String name) {
        String id = remote.addDepartment(parent, name);
        departments.put(id, new DirectoryView.Dept(parent, name, Set.of()));
        return id;
    }

    void rename(String id, String name) {
        remote.renameDepartment(id, name);
        DirectoryView.Dept d = java.util.Objects.requireNonNull(departments.get(id));
        departments.put(id, new DirectoryView.Dept(d.parent(), name, d.managers()));
    }

    void move(String id, String parent) {
        remote.moveDepartment(id, parent);
        DirectoryView.Dept d = java.util.Objects.requireNonNull(departments.get(id));
        departments.put(id, new DirectoryView.Dept(parent, d.name(), d.managers()));
    }

    void delete(String id) {
        remote.deleteDepartment(id);
        departments.remove(id);
    }

    void managers(String id, String... memberIds) {
        remote.setManagers(id, List.of(memberIds));
        DirectoryView.Dept d = java.util.Objects.requireNonNull(departments.get(id));
        departments.put(id, new DirectoryView.Dept(d.parent(), d.name(), new TreeSet<>(List.of(memberIds))));
    }

    /** A new member with every field set, in {@code depts} (the first is the main one). */
    RemoteMember member(String id, String name, String... depts) {
        RemoteMember m = new RemoteMember(
                id,
                name,
                "E-" + id,
                String.valueOf(phones++),
                id.toLowerCase() + "@tck.example",
                "Engineer",
                List.of(depts),
                depts[0],
                true);
        remote.addMember(m);
        remember(m);
        return m;
    }

    void update(RemoteMember m) {
        remote.updateMember(m);
        remember(m);
    }

    RemoteMember get(String id) {
        return java.util.Objects.requireNonNull(current.get(id), id);
    }

    void remove(String id) {
        remote.removeMember(id);
        current.remove(id);
        members.put(id, DirectoryView.Person.resigned());
        departments.replaceAll((k, d) -> d.managers().contains(id)
                ? new DirectoryView.Dept(
                        d.parent(),
                        d.name(),
                        d.managers().stream()
                                .filter(x -> !x.equals(id))
                                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)))
                : d);
    }

    private void remember(RemoteMember m) {
        current.put(m.externalId(), m);
        members.put(
                m.externalId(),
                new DirectoryView.Person(
                        m.name(),
                        m.employeeId(),
                        e164(m.phone()),
                        m.email(),
                        m.position(),
                        new TreeSet<>(m.departmentExternalIds()),
                        m.mainDepartmentExternalId(),
                        true));
    }

    /** A platform's phone as core stores it: E.164, numbers without a country code read in core's default CN. */
    private static @org.jspecify.annotations.Nullable String e164(@org.jspecify.annotations.Nullable String phone) {
        if (phone == null) {
            return null;
        }
        try {
            com.google.i18n.phonenumbers.PhoneNumberUtil util =
                    com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
            return util.format(
                    util.parse(phone, "CN"), com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return phone;
        }
    }

    /** Checks that the local organization holds exactly this directory. */
    void assertMirroredBy(Org org) {
        DirectoryView local = DirectoryView.of(org);
        assertThat(local.departments()).as("departments by platform id").isEqualTo(departments);
        assertThat(local.members()).as("members by platform id").isEqualTo(members);
    }
}
