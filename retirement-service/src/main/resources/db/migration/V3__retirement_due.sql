-- Which RetirementDue events were emitted: never twice for the same employee and TMT pensiun.
CREATE TABLE retirement_due_emitted (
    employee_id uuid        NOT NULL,
    tmt_pensiun date        NOT NULL,
    emitted_at  timestamptz NOT NULL,
    PRIMARY KEY (employee_id, tmt_pensiun)
);
