-- platform account states and the event feed by organization
-- a synced member's account on its platform (ACTIVATED, NOT_ACTIVATED, DISABLED); NULL for generic organizations
-- and for members stored before this version (a sync fills it in)
ALTER TABLE ${p}members ADD COLUMN platform_account VARCHAR(16);
-- the feed of one organization, read in sequence order, without scanning the others' events
CREATE INDEX ${p}events_org_ix ON ${p}events (org_id, seq);
