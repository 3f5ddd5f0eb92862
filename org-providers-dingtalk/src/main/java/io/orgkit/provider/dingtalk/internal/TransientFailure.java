package io.orgkit.provider.dingtalk.internal;

/** A call failed in a way worth retrying (HTTP 5xx or 429, I/O error, cut-off or malformed answer). */
final class TransientFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    TransientFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
