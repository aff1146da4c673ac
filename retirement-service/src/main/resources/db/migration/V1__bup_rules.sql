-- BUP (batas usia pensiun, retirement age) rules as versioned data. A policy change is a new version with its
-- effective date and legal basis (POST /bup-rules), never an edit: past TMT pensiun stay explainable.
CREATE TABLE bup_rule_version (
    id             uuid PRIMARY KEY,
    effective_from date         NOT NULL UNIQUE,
    legal_basis    text         NOT NULL CHECK (btrim(legal_basis) <> ''),
    description    text,
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(200) NOT NULL
);

-- The BUP age of each position category (org.openasn.reference.position.BupCategory in asn-reference) in a version.
CREATE TABLE bup_rule (
    version_id uuid        NOT NULL REFERENCES bup_rule_version (id),
    category   varchar(40) NOT NULL,
    bup_age    smallint    NOT NULL CHECK (bup_age BETWEEN 50 AND 75),
    PRIMARY KEY (version_id, category)
);

-- The version in force today: PP 11/2017 (recorded as effective from 5 April 2017) as amended by PP 17/2020,
-- UU 20/2023 (the same ages bound PPPK contracts) and UU 14/2005 for guru and dosen. Recorded when this migration ran.
INSERT INTO bup_rule_version (id, effective_from, legal_basis, description, recorded_at, recorded_by)
VALUES ('0b0b0b0b-0000-4000-8000-201704050001', DATE '2017-04-05',
        'PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005 (guru, dosen)',
        'BUP of PP 11/2017 on PNS management as amended by PP 17/2020: 58 for pejabat administrasi and for '
            || 'fungsional ahli pertama, ahli muda and keterampilan; 60 for JPT, ahli madya and guru; 65 for ahli '
            || 'utama and dosen; 70 for peneliti/perekayasa ahli utama and guru besar.',
        now(), 'flyway:V1__bup_rules');

INSERT INTO bup_rule (version_id, category, bup_age) VALUES
    ('0b0b0b0b-0000-4000-8000-201704050001', 'ADMINISTRATION',           58),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'EXPERT_FIRST',             58),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'EXPERT_JUNIOR',            58),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'SKILLED',                  58),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'SENIOR_LEADERSHIP',        60),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'EXPERT_MIDDLE',            60),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'TEACHER',                  60),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'EXPERT_MAIN',              65),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'LECTURER',                 65),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'RESEARCHER_ENGINEER_MAIN', 70),
    ('0b0b0b0b-0000-4000-8000-201704050001', 'PROFESSOR',                70);
