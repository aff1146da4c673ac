-- The BUP rules retirement-service publishes (asn.retirement.bup-rules-published.v1): each event's decision table as it
-- came, newest by event time in force. Personnel checks against them what depends on the retirement age: the data-quality
-- indicator "past BUP but still active", a BUP extension's end and a PPPK contract's end (UU 20/2023: BUP bounds it).
CREATE TABLE bup_rules (
    id          bigserial   PRIMARY KEY,
    event_id    text        NOT NULL UNIQUE,
    recorded_at timestamptz NOT NULL,
    ranges      jsonb       NOT NULL
);
