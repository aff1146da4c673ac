-- The retirement-age (BUP) category of the position in force today, denormalised like the rest of the current
-- state, so the data-quality checks can tell "past BUP but still active" without folding each timeline.
-- Rows written before this migration keep NULL until their next refresh; readers fall back to deriving the
-- category from jenis jabatan, eselon, jenjang and group.
ALTER TABLE employee ADD COLUMN bup_category varchar(40);
