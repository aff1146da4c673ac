-- The pension of a PNS retired for a disability (UU 11/1969), kept as data with its source like the rules of V4:
-- - disability in the line of duty (declared unable to work in any position because of a condition caused by and while
--   carrying out the duties of office): the pensiun pokok is this share of the dasar pensiun whatever the masa kerja,
--   still never below the lowest gaji pokok;
-- - disability not caused by the duties of office: a pension is due only from this many whole years of masa kerja, and
--   is then computed as at BUP.
ALTER TABLE pension_rule_version
    ADD COLUMN in_duty_disability_share    numeric(6, 4) CHECK (in_duty_disability_share > 0 AND in_duty_disability_share <= 1),
    ADD COLUMN in_duty_disability_source   text,
    ADD COLUMN disability_min_years        integer CHECK (disability_min_years >= 0),
    ADD COLUMN disability_min_years_source text;

UPDATE pension_rule_version
SET in_duty_disability_share    = 0.7500,
    in_duty_disability_source   = 'UU 11/1969 art. 11 (1) b jo. art. 9 (1) b: 75% of the dasar pensiun for a PNS declared unable to '
                                      || 'work in any position because of a condition caused by the duties of office, whatever the masa kerja',
    disability_min_years        = 4,
    disability_min_years_source = 'UU 11/1969 art. 9 (1) c: a PNS declared unable to work in any position because of a condition not '
                                      || 'caused by the duties of office is entitled to a pension with at least 4 years of masa kerja'
WHERE id = '0d0d0d0d-0000-4000-8000-196901010001';

-- Every version is UU 11/1969's seed of V4, so none is left without them.
ALTER TABLE pension_rule_version
    ALTER COLUMN in_duty_disability_share SET NOT NULL,
    ALTER COLUMN in_duty_disability_source SET NOT NULL,
    ALTER COLUMN disability_min_years SET NOT NULL,
    ALTER COLUMN disability_min_years_source SET NOT NULL;
