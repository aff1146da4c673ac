-- Each period carries the event that wrote it: its source, sequence and id. The consumer finds an employee event's
-- duplicates in the employee's current periods (which every employee event replaces) instead of a mark in its ledger
-- (service-commons SubjectSequences): a mark and its unique key cost about a third of the database's work per event in
-- a rebuild (docs/benchmarks.md). Periods written before have no event, so the read model is built again from the topics:
-- it is emptied here and the service replays its topics when it starts (ReadModelRebuild), as the rebuild command does.
CREATE TABLE read_model_replay_request (
    reason       text        NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO read_model_replay_request (reason)
SELECT 'V39: employee periods record the event that wrote them' WHERE EXISTS (SELECT 1 FROM employee_period);
TRUNCATE employee_period;
ALTER TABLE employee_period ADD COLUMN event_source   varchar(200) NOT NULL;
ALTER TABLE employee_period ADD COLUMN event_sequence bigint       NOT NULL;
ALTER TABLE employee_period ADD COLUMN event_id       varchar(200) NOT NULL;
