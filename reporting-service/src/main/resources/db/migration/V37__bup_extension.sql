-- A recorded BUP extension (asn.personnel.bup-extended.v1; a period's bupExtendedUntil): the TMT pensiun it sets. A
-- period's BUP year is that TMT pensiun's year when it is later than the one the BUP rules give (BupRules.BUP_YEAR).
-- Periods written before have no extension: null is their value.
ALTER TABLE employee_period ADD COLUMN bup_extended_until date;
