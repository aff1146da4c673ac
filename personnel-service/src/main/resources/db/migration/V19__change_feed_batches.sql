-- An import batch's mutations get their change feed positions in one statement at commit, not in one trigger call
-- each (that call, an INSERT and an advisory lock per mutation, was a tenth of PostgreSQL's work in an import).
-- While a batch copies its mutations it sets openasn.change_feed to 'batch' in its transaction, so that the row
-- trigger does not queue them; it then records their ids in one change_feed_batch row per agency, whose deferred
-- trigger numbers them all at commit under the same advisory lock as the row trigger, and deletes the row. Positions
-- are still handed out in commit order; nothing else changes for the feed's readers.
CREATE TABLE change_feed_batch (
    id           bigserial   PRIMARY KEY,
    instansi     varchar(20) NOT NULL,
    mutation_ids uuid[]      NOT NULL
);

CREATE FUNCTION change_feed_append_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7242350010);
    INSERT INTO change_feed (position, instansi, mutation_id)
    SELECT nextval('change_feed_position'), NEW.instansi, id
    FROM unnest(NEW.mutation_ids) WITH ORDINALITY AS batch (id, n)
    ORDER BY n;
    DELETE FROM change_feed_batch WHERE id = NEW.id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER change_feed_batch_append AFTER INSERT ON change_feed_batch
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_feed_append_batch();

DROP TRIGGER mutation_change_feed ON mutation;
CREATE CONSTRAINT TRIGGER mutation_change_feed AFTER INSERT ON mutation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (current_setting('openasn.change_feed', true) IS DISTINCT FROM 'batch')
    EXECUTE FUNCTION change_feed_append();
