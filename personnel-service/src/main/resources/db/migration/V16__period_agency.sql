-- The agency of each period: a transfer between two agencies of the platform (transferred-out in one, transferred-in in
-- the other) moves the employee's record to the new agency, while the periods before the transfer stay the old one's.
-- Until this version no employee changed agency, so every period written before belongs to its employee's agency.
ALTER TABLE employee_period ADD COLUMN instansi varchar(20);
UPDATE employee_period p SET instansi = e.instansi FROM employee e WHERE e.id = p.employee_id;
ALTER TABLE employee_period ALTER COLUMN instansi SET NOT NULL;
