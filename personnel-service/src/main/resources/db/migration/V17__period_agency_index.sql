-- Search as of a date finds an agency's employees by the agency of their period, not of their record: an employee who has
-- moved to another agency since was the old agency's until the move (decision 25).
CREATE INDEX employee_period_agency ON employee_period (instansi, valid_from);
