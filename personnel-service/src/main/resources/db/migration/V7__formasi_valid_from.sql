-- The date from which a formasi (slots, prepared) holds; published with the formasi-set event so that
-- reports can count filled against slots as of any month.
ALTER TABLE formasi ADD COLUMN valid_from date;
UPDATE formasi SET valid_from = (recorded_at AT TIME ZONE 'Asia/Jakarta')::date;
ALTER TABLE formasi ALTER COLUMN valid_from SET NOT NULL;
