-- Each employee's timeline as now known, one row per period, rewritten with every mutation: what search and
-- lists read when asked "as of" a past or future date. The mutation log stays the record; this is derived
-- from it (and rebuilt from it at start-up for employees that have no rows).
CREATE TABLE employee_period (
    employee_id     uuid         NOT NULL REFERENCES employee (id),
    valid_from      date         NOT NULL,
    valid_to        date,
    kind            varchar(20),
    kedudukan_hukum varchar(2),
    in_service      boolean      NOT NULL,
    separation      varchar(30),
    golongan        varchar(8),
    golongan_rank   integer,
    tmt_golongan    date,
    jenis_jabatan   varchar(1),
    eselon          varchar(2),
    jabatan_id      varchar(100),
    jabatan_name    varchar(300),
    jenjang         varchar(30),
    position_group  varchar(20),
    bup_category    varchar(40),
    unit_id         uuid,
    pendidikan      varchar(2),
    contract_end    date,
    PRIMARY KEY (employee_id, valid_from)
);
CREATE INDEX employee_period_unit ON employee_period (unit_id, valid_from);
