-- The ledger's key (consumer group, source, subject) was a B-tree primary key of three strings: every mark a consumer
-- writes (one per new subject, all of them in a rebuild) inserted a wide key at a random place of the tree, which cost
-- PostgreSQL more than writing the mark itself. The key is now kept unique by an exclusion constraint over a hash index
-- of the three together (hash indexes cannot be declared unique; an exclusion constraint with = is the same rule).
-- It is looked up only by equality, which is all a hash index serves; statements must use the same expression,
-- ROW(consumer_group, source, subject)::consumed_subject, to reach it (see ConsumptionLedger). A violation is SQLSTATE
-- 23P01 (exclusion_violation), not 23505.
CREATE TYPE consumed_subject AS (consumer_group varchar(100), source varchar(200), subject varchar(100));

ALTER TABLE consumed_sequence DROP CONSTRAINT consumed_sequence_pkey;
ALTER TABLE consumed_sequence ADD CONSTRAINT consumed_sequence_key
    EXCLUDE USING hash ((ROW(consumer_group, source, subject)::consumed_subject) WITH =);
