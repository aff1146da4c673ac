-- Each employee's projected retirement, recomputed on every personnel event about them.
CREATE TABLE retirement_projection (
    employee_id      uuid PRIMARY KEY,
    instansi         varchar(20)  NOT NULL,
    nip              varchar(18)  NOT NULL,
    name             varchar(200) NOT NULL,
    birth_date       date         NOT NULL,
    gender           char(1)      NOT NULL,
    kind             varchar(20)  NOT NULL,
    golongan         varchar(8),
    jenis_jabatan    varchar(1),
    eselon           varchar(2),
    position_name    varchar(300),
    unit_id          uuid,
    bup_category     varchar(40),
    bup_age          integer,
    rule_set_id      uuid,
    legal_basis      text,
    bup_date         date,
    tmt_pensiun      date,
    employed         boolean      NOT NULL,
    separation       varchar(30),
    contract_end     date,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX retirement_projection_tmt ON retirement_projection (instansi, tmt_pensiun) WHERE employed;
CREATE UNIQUE INDEX retirement_projection_nip ON retirement_projection (nip);
