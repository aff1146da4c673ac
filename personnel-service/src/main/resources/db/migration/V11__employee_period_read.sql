-- employee_period now carries everything an employee read shows for a period (masa kerja, the mutation that started
-- it), so that GET /employees/{nip} reads one small row instead of folding the mutation log. Rows written before
-- this migration lack it (cause is null): start-up rewrites them (found through the partial index), and until then
-- the read folds the log for those employees.
ALTER TABLE employee_period
    ADD COLUMN masa_kerja_years  integer,
    ADD COLUMN masa_kerja_months integer,
    ADD COLUMN cause_mutation_id uuid,
    ADD COLUMN cause             varchar(40);
CREATE INDEX employee_period_without_cause ON employee_period (employee_id) WHERE cause IS NULL;
