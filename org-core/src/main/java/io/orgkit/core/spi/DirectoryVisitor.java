package io.orgkit.core.spi;

/** Receives what a {@link DirectorySource} fetches: departments (a parent before its children), then members. */
public interface DirectoryVisitor {
    /** Receives one department; parents come before their children. */
    void department(RemoteDepartment department);

    /** Receives one member (after the departments it belongs to). */
    void member(RemoteMember member);
}
