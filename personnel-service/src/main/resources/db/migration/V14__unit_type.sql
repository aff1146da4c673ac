-- The kind of unit (asn-reference JenisUnit) and, for a school, its level (JenjangSekolah); both optional.
ALTER TABLE unit ADD COLUMN unit_type varchar(30);
ALTER TABLE unit ADD COLUMN school_level varchar(10);
