-- A recorded BUP extension (mutation bup-extended): the TMT pensiun it sets, in each period from the extension's TMT on
-- (what an as-of read shows and the events publish) and in today's state (what the data-quality check of employees past
-- BUP reads). Rows written before have no extension: null is their value.
ALTER TABLE employee_period ADD COLUMN bup_extended_until date;
ALTER TABLE employee ADD COLUMN bup_extended_until date;
