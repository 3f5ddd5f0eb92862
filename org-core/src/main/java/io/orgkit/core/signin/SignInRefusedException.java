package io.orgkit.core.signin;

import io.orgkit.core.OrgKitException;
import java.util.Objects;

/** A sign-in that did not give a member; the message is meant for the person signing in. */
public class SignInRefusedException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /** Why a sign-in was refused. */
    public enum Reason {
        /** The person is not a member of the organization (unknown to the platform's directory or to this app). */
        NOT_A_MEMBER,
        /** The person was a member and has resigned. */
        RESIGNED,
        /** The state is unknown, was used already, belongs to another organization, or expired. */
        STATE_INVALID,
        /** The platform refused the code: expired or used already. */
        CODE_INVALID,
        /**
         * The platform's signed answer (an id token) did not verify: a bad signature, another issuer or app, expired,
         * or a nonce of another sign-in.
         */
        TOKEN_INVALID
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why the sign-in was refused
     * @param message for the person signing in; no token or secret
     */
    public SignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return why the sign-in was refused} */
    public Reason reason() {
        return reason;
    }
}
