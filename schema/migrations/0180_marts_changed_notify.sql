-- The GraphQL response cache (issue 8) is emptied when what it answered may have changed: a publication (or the
-- clustering, or a prune) writing the marts, a run starting or ending (the `sources` field shows the latest run), an
-- operator changing a producer account (restricted sources). One statement-level trigger per table notifies the
-- channel the API instances listen on (ResponseCacheInvalidation); NOTIFY is delivered when the transaction commits,
-- never for a rolled-back one, and identical notifications of one transaction are folded into one.
CREATE FUNCTION ops.notify_marts_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('datainclusion_marts_changed', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER structures_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marts.structures
    FOR EACH STATEMENT EXECUTE FUNCTION ops.notify_marts_changed();
CREATE TRIGGER services_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marts.services
    FOR EACH STATEMENT EXECUTE FUNCTION ops.notify_marts_changed();
CREATE TRIGGER runs_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ops.runs
    FOR EACH STATEMENT EXECUTE FUNCTION ops.notify_marts_changed();
CREATE TRIGGER producers_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ops.producers
    FOR EACH STATEMENT EXECUTE FUNCTION ops.notify_marts_changed();
