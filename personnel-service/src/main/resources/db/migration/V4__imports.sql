-- SIASN CSV imports: the job with its progress, the row-level report, and what each NIP looked like the last
-- time it was imported (so that re-importing an unchanged row changes nothing and emits nothing).
CREATE TABLE import_job (
    id             uuid PRIMARY KEY,
    instansi       varchar(20)  NOT NULL,
    file_name      varchar(300) NOT NULL,
    file_bytes     bigint       NOT NULL,
    status         varchar(20)  NOT NULL,
    rows_done      bigint       NOT NULL DEFAULT 0,
    rows_accepted  bigint       NOT NULL DEFAULT 0,
    rows_unchanged bigint       NOT NULL DEFAULT 0,
    rows_rejected  bigint       NOT NULL DEFAULT 0,
    warnings       bigint       NOT NULL DEFAULT 0,
    bytes_done     bigint       NOT NULL DEFAULT 0,
    failure        text,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(300) NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz
);

CREATE TABLE import_issue (
    id          bigserial PRIMARY KEY,
    job_id      uuid         NOT NULL REFERENCES import_job (id),
    row_number  bigint,
    nip         varchar(18),
    column_name varchar(100),
    value       text,
    reason      text         NOT NULL,
    severity    varchar(10)  NOT NULL
);
CREATE INDEX import_issue_job ON import_issue (job_id, row_number);

CREATE TABLE import_fingerprint (
    nip          varchar(18) PRIMARY KEY,
    content_hash varchar(64) NOT NULL,
    snapshot     jsonb       NOT NULL,
    job_id       uuid        NOT NULL,
    imported_at  timestamptz NOT NULL
);
