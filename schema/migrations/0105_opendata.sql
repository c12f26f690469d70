-- Open-data publication (issue 10 §3): the debounced export request, every export built into the data directory, and
-- what data.gouv.fr holds for each file of the set.

-- At most one pending export, recorded by the publication's own transaction (the trigger below), so no publication
-- is missed even when its process dies right after committing. Publications that follow while it waits only move
-- last_requested_at: the export is due Debounce after the last one (and at most MaxWait after the first), so ten
-- sources finishing within minutes produce one export. job_id is the Hangfire job that watches it.
CREATE TABLE ops.opendata_export_request (
    id                 int         PRIMARY KEY CHECK (id = 1),
    first_requested_at timestamptz NOT NULL,
    last_requested_at  timestamptz NOT NULL,
    job_id             text
);

CREATE FUNCTION ops.request_opendata_export() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ops.opendata_export_request AS r (id, first_requested_at, last_requested_at)
    VALUES (1, clock_timestamp(), clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET last_requested_at = GREATEST(r.last_requested_at, EXCLUDED.last_requested_at);
    RETURN NULL;
END
$$;

CREATE TRIGGER runs_request_opendata_export
    AFTER UPDATE OF status ON ops.runs
    FOR EACH ROW WHEN (NEW.status = 'succeeded' AND OLD.status IS DISTINCT FROM 'succeeded')
    EXECUTE FUNCTION ops.request_opendata_export();

-- Every export of the set (after publications, or asked by publish-opendata): succeeded or failed, and what it wrote.
CREATE TABLE ops.opendata_exports (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trigger      text        NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    -- started, succeeded, failed
    status       text        NOT NULL,
    set_id       text,
    files        int,
    bytes        bigint,
    error        text
);

CREATE INDEX opendata_exports_started_idx ON ops.opendata_exports (started_at DESC);

-- One row per file of the set and dataset: the data.gouv.fr resource that holds it (created once, then replaced in
-- place so re-users' links stay) and how its last upload went. A failed upload keeps last_success_* as they were.
CREATE TABLE ops.datagouv_resources (
    dataset_id        text        NOT NULL,
    file_name         text        NOT NULL,
    resource_id       text,
    last_attempt_at   timestamptz NOT NULL,
    -- succeeded, failed
    last_status       text        NOT NULL,
    last_error        text,
    last_success_at   timestamptz,
    last_success_set  text,
    PRIMARY KEY (dataset_id, file_name)
);
