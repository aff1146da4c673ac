-- The change feed in commit order. Until now an entry's cursor was the mutation sequence value taken at insert; a
-- transaction that took a value and committed after a later-numbered one (an import batch is a long transaction)
-- made a poller that had already moved past that number skip the entry. Now every mutation and supervisor assignment
-- gets its feed position when its transaction commits: a deferred trigger takes one transaction-level advisory lock
-- and numbers the transaction's entries while holding it, and the lock is released only after the commit is visible.
-- So positions are handed out in commit order, and every position below a visible one is visible too.
CREATE SEQUENCE change_feed_position;

CREATE TABLE change_feed (
    position      bigint      PRIMARY KEY,
    instansi      varchar(20) NOT NULL,
    mutation_id   uuid,
    assignment_id uuid,
    CHECK (num_nonnulls(mutation_id, assignment_id) = 1)
);
CREATE INDEX change_feed_instansi ON change_feed (instansi, position);

-- entries recorded before keep their cursor (the old sequence value), so integrations polling with an old cursor go on
INSERT INTO change_feed (position, instansi, mutation_id, assignment_id)
SELECT seq, instansi, id, NULL FROM mutation
UNION ALL
SELECT seq, instansi, NULL, id FROM supervisor_assignment;
SELECT setval('change_feed_position', GREATEST((SELECT max(position) FROM change_feed), (SELECT last_value FROM mutation_seq_seq), 1));

CREATE FUNCTION change_feed_append() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- one lock for every transaction that writes feed entries, held from the first entry numbered to the end of the commit
    PERFORM pg_advisory_xact_lock(7242350010);
    IF TG_TABLE_NAME = 'mutation' THEN
        INSERT INTO change_feed (position, instansi, mutation_id) VALUES (nextval('change_feed_position'), NEW.instansi, NEW.id);
    ELSE
        INSERT INTO change_feed (position, instansi, assignment_id) VALUES (nextval('change_feed_position'), NEW.instansi, NEW.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER mutation_change_feed AFTER INSERT ON mutation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_feed_append();
CREATE CONSTRAINT TRIGGER supervisor_assignment_change_feed AFTER INSERT ON supervisor_assignment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_feed_append();

-- the feed no longer reads the entries by agency and sequence
DROP INDEX mutation_instansi_seq;
DROP INDEX supervisor_assignment_instansi_seq;
