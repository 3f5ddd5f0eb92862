-- employee IDs unique case-insensitively: a key column (lower case) replaces the unique key on employee_id
-- OrgKit writes the key with UniqueKey.EMPLOYEE_ID.canonical (NFC, lower case); existing rows get the database's
-- LOWER, which is the same for ASCII IDs.
ALTER TABLE ${p}members ADD COLUMN employee_id_key VARCHAR(255);
UPDATE ${p}members SET employee_id_key = LOWER(employee_id) WHERE employee_id IS NOT NULL;
-- Members whose stored IDs already differ only in case keep their IDs; all but the first (by id) get a distinct
-- key, so the new unique key can be created; OrgKit reports the clash when such a member is next changed.
UPDATE ${p}members SET employee_id_key = CONCAT(employee_id_key, '#', id)
    WHERE employee_id_key IS NOT NULL AND EXISTS (SELECT 1 FROM (SELECT org_id, id, employee_id_key FROM ${p}members) o
        WHERE o.org_id = ${p}members.org_id AND o.employee_id_key = ${p}members.employee_id_key
        AND o.id < ${p}members.id);
ALTER TABLE ${p}members DROP INDEX ${p}members_employee_id_uk;
ALTER TABLE ${p}members ADD CONSTRAINT ${p}members_employee_id_uk UNIQUE (org_id, employee_id_key);
