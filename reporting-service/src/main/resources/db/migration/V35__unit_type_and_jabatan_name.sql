-- The unit's type (asn-reference JenisUnit) and a school's level (JenjangSekolah), as personnel-service last published
-- them (unit-registered, unit-classified), for Tables 3.12-3.13 and seed 002's teachers by school level.
ALTER TABLE org_unit ADD COLUMN unit_type varchar(30);
ALTER TABLE org_unit ADD COLUMN school_level varchar(10);
-- The position's name in each period, from which Table 3.13 reads the title of an eselon post (KADIS, KABID, ...).
ALTER TABLE employee_period ADD COLUMN jabatan_name varchar(300);
