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

    /** HTTP calls made to the platform so far (token calls included). */
    long apiCalls();

    @Override
    default void close() {
    }
}
