-- The masa kerja golongan (MKG) of the employee's latest SK, as personnel-service publishes it: total months, and the
-- TMT from which it keeps accruing; the pension estimate counts on from it to TMT pensiun. Null for employees whose
-- events predate the field (the estimate then approximates the MKG, and says so).
ALTER TABLE retirement_projection
    ADD COLUMN mkg_months integer,
    ADD COLUMN mkg_since  date;
