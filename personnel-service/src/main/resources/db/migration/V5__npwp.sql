-- NPWP (tax number) as SIASN exports it, kept so that export -> import is a round trip.
ALTER TABLE employee ADD COLUMN npwp varchar(30);
