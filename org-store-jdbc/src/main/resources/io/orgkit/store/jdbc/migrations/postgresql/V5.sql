-- platform account states and the event feed by organization
-- a synced member's account on its platform (ACTIVATED, NOT_ACTIVATED, DISABLED); NULL for generic organizations
-- and for members stored before this version (a sync fills it in)
ALTER TABLE ${p}members ADD COLUMN platform_account VARCHAR(16);
-- the feed of one organization, read in sequence order, without scanning the others' events
CREATE INDEX ${p}events_org_ix ON ${p}events (org_id, seq);
-- members in (name, id) order for keyset pages: the name index gets the id as its last column, so a page is one
-- index range read in order (it replaces the (org_id, name) index; no index is added)
DROP INDEX ${p}members_name_ix;
CREATE INDEX ${p}members_name_ix ON ${p}members (org_id, name COLLATE "C", id COLLATE "C");
