-- Decision 40: a rule set that lowers a BUP age retires nobody before it takes effect. Under any version but the
-- earliest, BUP counts as reached no earlier than the version's effective date; bup_deferred_to holds that day when it
-- is later than bup_date (the day the age is reached), and tmt_pensiun is the first day of the month after it.
ALTER TABLE retirement_projection ADD COLUMN bup_deferred_to date;

-- Projections computed before, under a version that lowered an age, get the deferred day and TMT pensiun now (which
-- version decides is unchanged; a later BUP extension stays the TMT pensiun, as in the recomputation).
UPDATE retirement_projection p
SET bup_deferred_to = v.effective_from,
    tmt_pensiun     = greatest(p.bup_extended_until, (date_trunc('month', v.effective_from::timestamp) + interval '1 month')::date)
FROM bup_rule_version v
WHERE v.id = p.rule_set_id
  AND p.bup_date < v.effective_from
  AND v.effective_from > (SELECT min(effective_from) FROM bup_rule_version);
