-- Every statement that changes the employee periods or the units (an event applied, a rebuild's TRUNCATE) notifies
-- channel reporting_read_model when its transaction commits, so that each instance's in-memory headcount index and
-- cached read-model version are checked against the table only after a change, not before every question
-- (decision 9). Notifications of one transaction with the same payload are delivered once.
CREATE FUNCTION notify_read_model_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reporting_read_model', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER employee_period_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON employee_period
    FOR EACH STATEMENT EXECUTE FUNCTION notify_read_model_changed();
CREATE TRIGGER org_unit_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit
    FOR EACH STATEMENT EXECUTE FUNCTION notify_read_model_changed();
