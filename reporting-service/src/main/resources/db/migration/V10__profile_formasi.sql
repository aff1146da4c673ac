-- The position (SIASN jabatan id) of each period's holder, so that a unit's formasi can be counted filled or vacant.
ALTER TABLE employee_period ADD COLUMN jabatan_id varchar(100);

-- Each formasi as set by personnel-service: the slots and prepared (disiapkan) of a position in a unit from valid_from
-- until the next setting of the same formasi_id; recorded_at is the event's time (when it became known).
CREATE TABLE formasi (
    id            bigserial PRIMARY KEY,
    formasi_id    uuid         NOT NULL,
    instansi      varchar(20)  NOT NULL,
    unit_id       uuid         NOT NULL,
    position_id   uuid         NOT NULL,
    jabatan_id    varchar(100) NOT NULL,
    position_name varchar(300) NOT NULL,
    jenis_jabatan varchar(1)   NOT NULL,
    eselon        varchar(2),
    jenjang       varchar(30),
    slots         integer      NOT NULL,
    prepared      integer      NOT NULL,
    valid_from    date         NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    event_id      varchar(200) NOT NULL
);
CREATE INDEX formasi_agency ON formasi (instansi, formasi_id, valid_from);
