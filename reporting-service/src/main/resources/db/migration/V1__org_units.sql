-- Organisation units as reported: the dimension every per-unit table rolls up on. Fed by personnel events.
CREATE TABLE org_unit (
    id          uuid PRIMARY KEY,
    instansi    varchar(20)  NOT NULL,
    code        varchar(40)  NOT NULL,
    name        varchar(300) NOT NULL,
    parent_id   uuid,
    valid_from  date         NOT NULL,
    event_id    varchar(200) NOT NULL
);
CREATE INDEX org_unit_instansi ON org_unit (instansi, code);
