-- A unit's place in the agency's own listing of its units (the order in which its regulation on perangkat daerah names
-- them), which the staffing profile's unit tables follow; NULL when the agency has not given one (decision 30).
ALTER TABLE unit ADD COLUMN list_order integer CHECK (list_order BETWEEN 1 AND 99999);
