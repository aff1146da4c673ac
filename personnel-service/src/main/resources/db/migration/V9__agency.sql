-- The agency register: each agency (instansi) by its short code, with its name, level of government, region and
-- SIASN instansi id. Units, employees and imports name the agency by its code; an import checks its rows' SIASN
-- instansi id against the register when the agency is registered with one.
CREATE TABLE agency (
    instansi          varchar(20)  PRIMARY KEY,
    name              varchar(300) NOT NULL,
    level             varchar(20)  NOT NULL CHECK (level IN ('PUSAT', 'PROVINSI', 'KABUPATEN', 'KOTA')),
    region_code       varchar(13),
    siasn_instansi_id varchar(64)  UNIQUE,
    recorded_at       timestamptz  NOT NULL,
    recorded_by       varchar(300) NOT NULL,
    updated_at        timestamptz,
    updated_by        varchar(300)
);
