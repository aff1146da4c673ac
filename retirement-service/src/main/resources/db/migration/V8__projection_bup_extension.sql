-- A recorded BUP extension (personnel's bup-extended): the TMT pensiun it sets. When later than the one the BUP gives, it
-- is the employee's TMT pensiun (tmt_pensiun holds the later of the two; the recomputation after a rule change keeps it).
ALTER TABLE retirement_projection ADD COLUMN bup_extended_until date;
-- The forecast finds the employees retiring in a window from their birth dates (V6) and reads what it counts from the
-- covering index: it now also needs to know there whether an extension moves the TMT pensiun out of the window ...
DROP INDEX retirement_projection_birth;
CREATE INDEX retirement_projection_birth ON retirement_projection (instansi, bup_category, birth_date)
    INCLUDE (golongan, jenis_jabatan, unit_id, employed, separated_on, bup_extended_until);
-- ... and finds the few employees an extension moves into the window by the extension's date.
CREATE INDEX retirement_projection_bup_extension ON retirement_projection (instansi, bup_extended_until)
    WHERE bup_extended_until IS NOT NULL;
