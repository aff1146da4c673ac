-- Employees and their mutations. The mutation log is the record: every fact an employee's timeline holds
-- comes from a mutation (with its SK, TMT, who recorded it and when). Corrections void a mutation and add
-- its replacement; nothing is overwritten, so "as known on" any past moment can be answered.

CREATE TABLE employee (
    id               uuid PRIMARY KEY,
    instansi         varchar(20)  NOT NULL,
    nip              varchar(18)  NOT NULL UNIQUE,
    nik              varchar(16),
    name             varchar(200) NOT NULL,
    gelar_depan      varchar(60),
    gelar_belakang   varchar(100),
    birth_date       date         NOT NULL,
    birth_place      varchar(120),
    gender           char(1)      NOT NULL CHECK (gender IN ('L', 'P')),
    agama            varchar(2),
    jenis_kawin      varchar(2),
    phone            varchar(40),
    email            varchar(200),
    email_gov        varchar(200),
    address          text,
    education_major  varchar(200),
    education_year   integer,
    supervisor_id    uuid REFERENCES employee (id),
    -- the state in force today, refreshed by every mutation and daily for future-dated ones (search, lists)
    kind             varchar(20),
    kedudukan_hukum  varchar(2),
    in_service       boolean      NOT NULL DEFAULT false,
    separation       varchar(30),
    golongan         varchar(8),
    golongan_rank    integer,
    tmt_golongan     date,
    jenis_jabatan    varchar(1),
    eselon           varchar(2),
    jabatan_id       varchar(100),
    jabatan_name     varchar(300),
    jenjang          varchar(30),
    position_group   varchar(20),
    unit_id          uuid REFERENCES unit (id),
    pendidikan       varchar(2),
    start_date       date,
    state_as_of      date,
    recorded_at      timestamptz  NOT NULL,
    recorded_by      varchar(300) NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX employee_instansi_unit ON employee (instansi, unit_id);
CREATE INDEX employee_instansi_golongan ON employee (instansi, golongan_rank);
CREATE INDEX employee_name ON employee (instansi, lower(name) text_pattern_ops);
CREATE INDEX employee_nip_prefix ON employee (nip text_pattern_ops);
CREATE INDEX employee_supervisor ON employee (supervisor_id);

CREATE TABLE mutation (
    id                   uuid PRIMARY KEY,
    seq                  bigserial    NOT NULL UNIQUE,
    employee_id          uuid         NOT NULL REFERENCES employee (id),
    instansi             varchar(20)  NOT NULL,
    kind                 varchar(40)  NOT NULL,
    sk_number            varchar(200),
    sk_date              date,
    tmt                  date         NOT NULL,
    reason               text,
    change               jsonb        NOT NULL,
    warnings             jsonb        NOT NULL DEFAULT '[]',
    backdated            boolean      NOT NULL,
    recorded_at          timestamptz  NOT NULL,
    recorded_by          varchar(300) NOT NULL,
    corrects_mutation_id uuid REFERENCES mutation (id),
    voided_at            timestamptz,
    voided_by            uuid REFERENCES mutation (id)
);
CREATE INDEX mutation_employee ON mutation (employee_id, seq);
CREATE INDEX mutation_pending ON mutation (instansi, tmt) WHERE voided_at IS NULL;
