-- The forecast "as of" a date also counts employees who left on or after it (employed OR separated_on >= asOf), which
-- the partial index on employed rows cannot serve: index every row by agency and TMT pensiun instead.
DROP INDEX retirement_projection_tmt;
CREATE INDEX retirement_projection_instansi_tmt ON retirement_projection (instansi, tmt_pensiun);
