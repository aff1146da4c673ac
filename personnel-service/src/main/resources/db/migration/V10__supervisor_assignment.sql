-- Every setting (or clearing) of an employee's direct supervisor (atasan langsung), kept as history; employee.supervisor_id
-- is the one in force today. The change feed lists these with the mutations, so they take their cursor from the
-- mutations' sequence.
CREATE TABLE supervisor_assignment (
    id            uuid PRIMARY KEY,
    seq           bigint       NOT NULL UNIQUE DEFAULT nextval('mutation_seq_seq'),
    employee_id   uuid         NOT NULL REFERENCES employee (id),
    instansi      varchar(20)  NOT NULL,
    supervisor_id uuid         REFERENCES employee (id),
    valid_from    date         NOT NULL,
    reason        text,
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(300) NOT NULL
);
CREATE INDEX supervisor_assignment_employee ON supervisor_assignment (employee_id, valid_from, seq);
CREATE INDEX mutation_instansi_seq ON mutation (instansi, seq);
CREATE INDEX supervisor_assignment_instansi_seq ON supervisor_assignment (instansi, seq);

-- supervisors set before this history was kept: one assignment each, from the employee's start
INSERT INTO supervisor_assignment (id, employee_id, instansi, supervisor_id, valid_from, reason, recorded_at, recorded_by)
SELECT gen_random_uuid(), id, instansi, supervisor_id, COALESCE(start_date, DATE '1900-01-01'),
       'set before supervisor history was kept', now(), 'migration V10'
FROM employee
WHERE supervisor_id IS NOT NULL;
