-- Organisation units (SKPD and sub-units) of each agency (instansi), as a tree.
CREATE TABLE unit (
    id             uuid PRIMARY KEY,
    instansi       varchar(20)  NOT NULL,
    code           varchar(40)  NOT NULL,
    name           varchar(300) NOT NULL,
    parent_id      uuid REFERENCES unit (id),
    siasn_unor_id  varchar(64),
    valid_from     date         NOT NULL,
    valid_to       date,
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(200) NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    UNIQUE (instansi, code)
);
CREATE INDEX unit_parent ON unit (parent_id);
CREATE UNIQUE INDEX unit_siasn ON unit (instansi, siasn_unor_id) WHERE siasn_unor_id IS NOT NULL;
