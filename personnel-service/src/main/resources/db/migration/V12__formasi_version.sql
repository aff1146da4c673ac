-- Every setting of a formasi (slots, prepared from a date), kept: formasi holds the latest, formasi_version the
-- history that "as of" reads choose from (the latest version from that date or before; of two with the same date,
-- the later recorded).
CREATE TABLE formasi_version (
    id          uuid PRIMARY KEY,
    formasi_id  uuid         NOT NULL REFERENCES formasi (id),
    valid_from  date         NOT NULL,
    slots       integer      NOT NULL CHECK (slots >= 0),
    prepared    integer      NOT NULL CHECK (prepared >= 0),
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(300) NOT NULL
);
CREATE INDEX formasi_version_formasi ON formasi_version (formasi_id, valid_from, recorded_at);

INSERT INTO formasi_version (id, formasi_id, valid_from, slots, prepared, recorded_at, recorded_by)
SELECT gen_random_uuid(), id, valid_from, slots, prepared, recorded_at, recorded_by FROM formasi;
