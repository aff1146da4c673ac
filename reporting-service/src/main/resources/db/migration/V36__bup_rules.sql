-- The BUP rules as retirement-service published them (asn.retirement.bup-rules-published.v1): each position category's
-- birth-date ranges and the BUP age of each, from which a period's TMT pensiun, and so its BUP year, follows. Each
-- published version is kept with the time it was recorded (the event's time) and replaced, like employee periods, so
-- that a headcount by BUP year "as known at" a moment uses the rules known then.
CREATE TABLE bup_rules (
    id            bigserial PRIMARY KEY,
    event_id      varchar(200) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    superseded_at timestamptz
);
CREATE TABLE bup_rule_range (
    rules_id     bigint      NOT NULL REFERENCES bup_rules (id),
    bup_category varchar(40) NOT NULL,
    born_from    date,
    born_before  date,
    age          integer     NOT NULL
);
CREATE INDEX bup_rule_range_rules ON bup_rule_range (rules_id, bup_category);
CREATE TRIGGER bup_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON bup_rules
    FOR EACH STATEMENT EXECUTE FUNCTION notify_read_model_changed();
