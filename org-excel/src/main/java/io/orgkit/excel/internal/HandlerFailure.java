package io.orgkit.excel.internal;

/**
 * What the row handler (the import's own checks) threw while a sheet was parsed, carried through the XML parser
 * so {@link XlsxReader} rethrows it unchanged instead of taking it for a damaged file.
 */
final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailure(RuntimeException cause) {
        super(null, cause, false, false);
    }

    @Override
    public synchronized RuntimeException getCause() {
        return java.util.Objects.requireNonNull((RuntimeException) super.getCause());
    }
}
