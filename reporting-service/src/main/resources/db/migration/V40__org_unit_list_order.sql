-- The unit's place in its agency's own listing of its units, as personnel-service last published it (unit-registered,
-- unit-classified): Tables 3.14 and 3.23 list units side by side in this order (decision 30). Events published before it
-- carry none, so nothing needs replaying.
ALTER TABLE org_unit ADD COLUMN list_order integer;
