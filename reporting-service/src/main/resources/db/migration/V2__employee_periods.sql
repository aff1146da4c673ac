-- Each employee's effective-dated periods as personnel-service published them, with the time each version was
-- recorded (recorded_at) and replaced (superseded_at). A headcount "as of" a date counts the periods covering it;
-- "as known at" a moment uses the versions recorded by then and not yet replaced.
CREATE TABLE employee_period (
    id                bigserial PRIMARY KEY,
    employee_id       uuid        NOT NULL,
    instansi          varchar(20) NOT NULL,
    valid_from        date        NOT NULL,
    valid_to          date,
    kind              varchar(20) NOT NULL,
    kedudukan_hukum   varchar(2)  NOT NULL,
    in_service        boolean     NOT NULL,
    separation        varchar(30),
    golongan          varchar(8),
    jenis_jabatan     varchar(1),
    eselon            varchar(2),
    jenjang           varchar(30),
    position_group    varchar(20),
    bup_category      varchar(40),
    unit_id           uuid,
    pendidikan        varchar(2),
    gender            char(1)     NOT NULL,
    birth_date        date        NOT NULL,
    agama             varchar(1),
    cause             varchar(40) NOT NULL,
    cause_mutation_id uuid        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    superseded_at     timestamptz
);
CREATE INDEX employee_period_current ON employee_period (instansi, valid_from) WHERE superseded_at IS NULL;
CREATE INDEX employee_period_employee ON employee_period (employee_id) WHERE superseded_at IS NULL;
