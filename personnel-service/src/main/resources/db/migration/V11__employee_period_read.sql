-- employee_period now carries everything an employee read shows for a period (masa kerja, the mutation that started
-- it), so that GET /employees/{nip} reads one small row instead of folding the mutation log. Rows written before
-- this migration lack it (cause is null); the read folds the log for those employees until their next mutation.
ALTER TABLE employee_period
    ADD COLUMN masa_kerja_years  integer,
    ADD COLUMN masa_kerja_months integer,
    ADD COLUMN cause_mutation_id uuid,
    ADD COLUMN cause             varchar(40);
