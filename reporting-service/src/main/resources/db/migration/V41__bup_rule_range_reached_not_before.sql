-- The day before which BUP does not count as reached under a range (asn.retirement.bup-rules-published.v1's optional
-- reachedNotBefore, retirement-service's decision 40): the effective date of the rule set, so that one lowering an age
-- retires nobody before it takes effect. A period's TMT pensiun, and so its BUP year, is the first day of the month after
-- the later of this day and the day the age is reached. NULL: no such day (the earliest rule set, and rules published
-- before it was added).
ALTER TABLE bup_rule_range ADD COLUMN reached_not_before date;
