package io.orgkit.core.spi;

/**
 * Reads one organization's directory from its platform. It only fetches and translates; it never writes the store.
 */
public interface DirectorySource extends AutoCloseable {

    /**
     * Fetches the complete remote directory into {@code visitor}: every department (a parent before its
     * children) and every member once with all its departments. Every page is read to the end. When any
     * call fails for good, it throws {@link io.orgkit.core.ProviderException} and the caller must apply nothing.
     */
    void fetchAll(DirectoryVisitor visitor);

    /**
     * Fetches the part of the remote directory that {@code scope} takes, so that departments outside it need not be
     * read. A source that can read selectively delivers the platform's root department (always: the local root
     * follows it), then each included department's subtree without the excluded subtrees (every department with
     * its platform parent, a parent before its children, so the top of an included subtree names a parent that is
     * not delivered), and every member of a delivered department other than the root (unless the root is in scope)
     * once, with its departments as {@link #fetchAll(DirectoryVisitor)} would list them. Delivering more is
     * harmless: core keeps only what the scope takes from whatever it receives. An included department the
     * platform does not have is simply not delivered (core then refuses the sync and names it). Failures as in
     * {@link #fetchAll(DirectoryVisitor)}: throw, and the caller applies nothing.
     *
     * <p>The default reads everything with {@link #fetchAll(DirectoryVisitor)}; core filters it, so a source that
     * does not override this method is correct, only not cheaper. Core calls this method only with a scope that is
     * not {@link io.orgkit.core.sync.SyncScope#ALL}.
     *
     * @param scope the departments to take, by platform id; never {@code ALL}
     * @throws io.orgkit.core.ProviderException when a call fails for good; nothing must be applied then
     */
    default void fetchAll(DirectoryVisitor visitor, io.orgkit.core.sync.SyncScope scope) {
        fetchAll(visitor);
    }

    /**
     * The changes since {@code cursor}, for platforms with a delta feed. A null cursor asks for a starting point:
     * the platform's current cursor with no changes (a full sync brings the state up to it). Empty when the
     * platform has no delta feed (its changes come by callback, see {@link CallbackDecoder}, or by full sync only).
     *
     * @throws io.orgkit.core.ProviderException when the platform refuses; a cursor it no longer knows has code
     *                                          {@code cursor-expired} (run a full sync, which starts afresh)
     */
    default java.util.Optional<ChangePage> changesSince(@org.jspecify.annotations.Nullable String cursor) {
        return java.util.Optional.empty();
    }

    /**
     * Reads one member now, as {@link #fetchAll} would deliver it; empty when the platform no longer has it in
     * the organization (it left). Used to re-read the ids a callback names.
     *
     * @throws io.orgkit.core.ProviderException when the platform refuses, or when this source cannot read one member
     */
    default java.util.Optional<RemoteMember> member(String externalId) {
        throw new io.orgkit.core.ProviderException(
                "unknown", "unsupported", "this directory source cannot read one" + " member; run a full sync instead");
    }

    /**
     * Reads one department now; empty when the platform no longer has it.
     *
     * @throws io.orgkit.core.ProviderException when the platform refuses, or when this source cannot read one department
     */
    default java.util.Optional<RemoteDepartment> department(String externalId) {
        throw new io.orgkit.core.ProviderException(
                "unknown",
                "unsupported",
                "this directory source cannot read one" + " department; run a full sync instead");
    }

    /** HTTP calls made to the platform so far (token calls included). */
    long apiCalls();

    @Override
    default void close() {}
}
