-- An agency's positions (jabatan) and each unit's formasi: how many holders a position may have in the unit
-- (eselon posts: one), and how many are being prepared (disiapkan). Filled and vacant are computed from the
-- employees who hold the position, so they are always current.
CREATE TABLE position (
    id            uuid PRIMARY KEY,
    instansi      varchar(20)  NOT NULL,
    jabatan_id    varchar(100) NOT NULL,
    name          varchar(300) NOT NULL,
    jenis_jabatan varchar(1)   NOT NULL,
    eselon        varchar(2),
    jenjang       varchar(30),
    position_group varchar(20) NOT NULL,
    bup_category  varchar(40)  NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(300) NOT NULL,
    UNIQUE (instansi, jabatan_id)
);

CREATE TABLE formasi (
    id          uuid PRIMARY KEY,
    unit_id     uuid         NOT NULL REFERENCES unit (id),
    position_id uuid         NOT NULL REFERENCES position (id),
    slots       integer      NOT NULL CHECK (slots >= 0),
    prepared    integer      NOT NULL DEFAULT 0 CHECK (prepared >= 0),
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(300) NOT NULL,
    UNIQUE (unit_id, position_id)
);
