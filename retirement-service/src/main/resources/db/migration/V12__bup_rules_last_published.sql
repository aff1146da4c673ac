-- The BUP rules event last published (BupRulesPublication): at start-up the rules are published again when the
-- decision table they give differs from it, e.g. after an upgrade that adds a field to the published ranges (decision
-- 40's reachedNotBefore). Empty until the first publication after this migration, which therefore publishes once.
CREATE TABLE bup_rules_last_published
(
    id    smallint PRIMARY KEY CHECK (id = 1),
    event text NOT NULL
);
