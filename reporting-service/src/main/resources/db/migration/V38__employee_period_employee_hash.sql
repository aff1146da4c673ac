-- The current periods of an employee are only ever looked up by equality (the supersede of a new event's predecessors),
-- so the index is a hash index: inserting a random uuid into a B-tree cost a rebuild more than the lookups gain from
-- its order (docs/benchmarks.md).
DROP INDEX employee_period_employee;
CREATE INDEX employee_period_employee ON employee_period USING hash (employee_id) WHERE superseded_at IS NULL;
