package io.orgkit.core.spi;

/** Receives what a {@link DirectorySource} fetches: departments (a parent before its children), then members. */
public interface DirectoryVisitor {
    void department(RemoteDepartment department);

    void member(RemoteMember member);
}
