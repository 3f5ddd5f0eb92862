package io.orgkit.core.spi;

import io.orgkit.core.OrgKitException;
import java.util.Objects;

/** A callback that did not verify for an organization: forged, too old, addressed elsewhere, or undecryptable. */
public class CallbackRefusedException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /** Why a callback was refused. */
    public enum Reason {
        /** Required parameters or body fields are missing or malformed. */
        MALFORMED,
        /** The signature does not verify with the organization's callback token. */
        SIGNATURE,
        /** The timestamp is outside the accepted window. */
        STALE,
        /** The same message was received before. */
        REPLAYED,
        /** It decrypts, but names another corp / app. */
        OTHER_ORGANIZATION,
        /** It does not decrypt with the organization's key. */
        UNDECRYPTABLE,
        /** No organization of this type accepts it (unknown corp, or not set up for callbacks). */
        UNKNOWN_ORGANIZATION
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why the callback was refused
     * @param message what was wrong, without secrets or the callback's content
     */
    public CallbackRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the callback was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
