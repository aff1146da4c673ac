-- A RetirementDue is emitted once per employee, TMT pensiun and agency. An employee who moves to another agency of the
-- platform around their TMT pensiun may have been announced under the old agency, which personnel-service then ignores
-- (the record is no longer that agency's): the announcement under the new agency must still follow.
-- Every mark written before this version is of the agency the employee has now: no one changed agency before personnel's
-- V16, and a mark of a moved employee would only hold back what this version is for.
ALTER TABLE retirement_due_emitted ADD COLUMN instansi varchar(20);
UPDATE retirement_due_emitted d SET instansi = p.instansi FROM retirement_projection p WHERE p.employee_id = d.employee_id;
UPDATE retirement_due_emitted SET instansi = '' WHERE instansi IS NULL;
ALTER TABLE retirement_due_emitted ALTER COLUMN instansi SET NOT NULL;
ALTER TABLE retirement_due_emitted DROP CONSTRAINT retirement_due_emitted_pkey;
ALTER TABLE retirement_due_emitted ADD PRIMARY KEY (employee_id, tmt_pensiun, instansi);
