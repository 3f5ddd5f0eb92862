package io.orgkit.tck.graph;

/** What is wrong with the next id tokens the simulator's token endpoint hands out (for sign-in refusal tests). */
public enum IdTokenFault {
    /** A valid token. */
    NONE,
    /** The signature does not match the content. */
    BAD_SIGNATURE,
    /** Signed with a key the tenant's JWKS does not publish. */
    UNKNOWN_KEY,
    /** {@code alg: none} and no signature. */
    ALG_NONE,
    /** Issued by another tenant. */
    WRONG_ISSUER,
    /** Issued to another app (audience). */
    WRONG_AUDIENCE,
    /** Expired an hour ago. */
    EXPIRED,
    /** Valid only from an hour from now ({@code nbf}). */
    NOT_YET_VALID,
    /** Carries another sign-in's nonce. */
    WRONG_NONCE,
    /** Carries a 40,000-character claim. */
    OVERSIZED
}
