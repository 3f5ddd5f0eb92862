-- single-use values: sign-in states and callback nonces
CREATE TABLE ${p}single_use (
    org_id     VARCHAR(64)   NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    use_key    VARCHAR(191)  NOT NULL,
    val        VARCHAR(2000) NOT NULL,
    expires_ns BIGINT        NOT NULL,
    CONSTRAINT ${p}single_use_pk PRIMARY KEY (org_id, kind, use_key)
);
CREATE INDEX ${p}single_use_expires_ix ON ${p}single_use (expires_ns);
