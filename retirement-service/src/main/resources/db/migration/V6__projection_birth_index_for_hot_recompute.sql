-- A rule change rewrites the BUP age, rule, BUP date and TMT pensiun of most employees at once. With TMT pensiun in an
-- index every such row was a non-HOT update: a new tuple plus an entry in each of the three indexes (the random-uuid
-- primary key and the NIP index cost most). Nothing the recomputation writes is indexed any more, so its updates are
-- heap-only (HOT) when the page has room for the new version:
-- - the forecast finds the employees retiring in a window from their birth dates instead (TMT pensiun is a function of
--   the birth date within each range of the decision table: DecisionTableSql), and reads what it counts from this
--   covering index without visiting the table;
CREATE INDEX retirement_projection_birth ON retirement_projection (instansi, bup_category, birth_date)
    INCLUDE (golongan, jenis_jabatan, unit_id, employed, separated_on);
-- - the eselon posts falling vacant (a few percent of the rows) have their own small index, read the same way;
CREATE INDEX retirement_projection_eselon_posts ON retirement_projection (instansi, bup_category, birth_date)
    WHERE eselon IS NOT NULL AND eselon <> '99';
DROP INDEX retirement_projection_instansi_tmt;
-- - pages are filled to half on insert, so that a recomputation changing every row of a page still finds room for the
--   new versions on the same page (the old ones are pruned once the change has committed). The table is rewritten
--   here so that rows already stored get that room too.
ALTER TABLE retirement_projection SET (fillfactor = 50);
CLUSTER retirement_projection USING retirement_projection_birth;
