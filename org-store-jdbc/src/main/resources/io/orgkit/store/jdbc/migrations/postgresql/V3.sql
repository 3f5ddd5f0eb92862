-- search terms: one row per term start and per inner suffix, found by prefix through an index
CREATE TABLE ${p}search_terms (
    org_id     VARCHAR(64)  NOT NULL,
    subject    CHAR(1)      NOT NULL,
    subject_id VARCHAR(64)  NOT NULL,
    term       VARCHAR(64)  NOT NULL,
    kind       SMALLINT     NOT NULL,
    sort_name  VARCHAR(255) NOT NULL,
    CONSTRAINT ${p}search_terms_pk PRIMARY KEY (org_id, subject, subject_id, term)
);
-- varchar_pattern_ops: "term LIKE 'prefix%'" uses the index whatever the database's collation
CREATE INDEX ${p}search_terms_term_ix ON ${p}search_terms (org_id, subject, term varchar_pattern_ops);
