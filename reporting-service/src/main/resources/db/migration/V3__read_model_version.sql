-- Units get an ever-increasing row number (never restarted, not even by a rebuild's TRUNCATE), so that the newest
-- employee period id and the newest unit row number together change whenever a committed event changes the read model:
-- headcount ETags carry both.
ALTER TABLE org_unit ADD COLUMN seq bigserial;
CREATE UNIQUE INDEX org_unit_seq ON org_unit (seq);
