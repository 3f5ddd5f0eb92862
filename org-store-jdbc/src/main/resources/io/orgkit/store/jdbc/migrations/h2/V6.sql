-- search documents: one row per member or department with all its terms, replacing V3's row per term and suffix
-- the store reads an organization's rows once into an in-memory index and afterwards only the rows whose rev is
-- newer than the one it holds (organizations.search_rev is raised by every write transaction as it locks the row)
DROP TABLE ${p}search_terms;
-- subject is VARCHAR, not CHAR: PostgreSQL compares a CHAR column with a text parameter as text, which no
-- index on the column serves
CREATE TABLE ${p}search_docs (
    org_id     VARCHAR(64)  NOT NULL,
    subject    VARCHAR(1)   NOT NULL,
    subject_id VARCHAR(64)  NOT NULL,
    rev        BIGINT       NOT NULL,
    sort_name  VARCHAR(255) NOT NULL,
    terms      VARCHAR(16000) NOT NULL,
    CONSTRAINT ${p}search_docs_pk PRIMARY KEY (org_id, subject, subject_id)
);
CREATE INDEX ${p}search_docs_rev_ix ON ${p}search_docs (org_id, subject, rev);
ALTER TABLE ${p}organizations ADD COLUMN search_rev BIGINT DEFAULT 0 NOT NULL;
-- every organization derives its terms again at its first search (core re-indexes one without this mark)
DELETE FROM ${p}attributes WHERE name = 'search.terms';
