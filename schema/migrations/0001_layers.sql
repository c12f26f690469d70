-- The pipeline's layers. Each layer reads only the one before it:
--   raw (payloads as received) -> normalized (v1 rows + validation, per run) -> marts (published, one consistent set).

CREATE SCHEMA IF NOT EXISTS ops;
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS normalized;
CREATE SCHEMA IF NOT EXISTS marts;

-- One row per source run: what operators look at first.
CREATE TABLE ops.runs (
    id          uuid PRIMARY KEY,
    source      text        NOT NULL,
    trigger     text        NOT NULL DEFAULT 'manual',
    instance    text,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    status      text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    fetched     integer     NOT NULL DEFAULT 0,
    valid       integer     NOT NULL DEFAULT 0,
    invalid     integer     NOT NULL DEFAULT 0,
    published   integer     NOT NULL DEFAULT 0,
    error       text
);
CREATE INDEX runs_source_started_idx ON ops.runs (source, started_at DESC);

-- Every payload exactly as received (bytes), with enough context to re-map it without fetching again.
CREATE TABLE raw.payloads (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES ops.runs (id) ON DELETE CASCADE,
    source      text        NOT NULL,
    stream      text        NOT NULL,
    url         text        NOT NULL,
    fetched_at  timestamptz NOT NULL,
    media_type  text        NOT NULL,
    sha256      text        NOT NULL,
    content     bytea       NOT NULL
);
CREATE INDEX payloads_run_idx ON raw.payloads (run_id);

-- Normalised v1 records of a run, valid or not, as JSON in the v1 field names.
CREATE TABLE normalized.structures (
    run_id      uuid    NOT NULL REFERENCES ops.runs (id) ON DELETE CASCADE,
    source      text    NOT NULL,
    id          text    NOT NULL,
    is_valid    boolean NOT NULL,
    data        jsonb   NOT NULL,
    PRIMARY KEY (run_id, id)
);

CREATE TABLE normalized.services (
    run_id       uuid    NOT NULL REFERENCES ops.runs (id) ON DELETE CASCADE,
    source       text    NOT NULL,
    id           text    NOT NULL,
    structure_id text    NOT NULL,
    is_valid     boolean NOT NULL,
    data         jsonb   NOT NULL,
    PRIMARY KEY (run_id, id)
);

-- Validation results of a run: errors (the record is not published) and warnings (it is).
CREATE TABLE normalized.validation_issues (
    run_id        uuid NOT NULL REFERENCES ops.runs (id) ON DELETE CASCADE,
    source        text NOT NULL,
    resource_type text NOT NULL CHECK (resource_type IN ('structure', 'service', 'document')),
    record_id     text NOT NULL,
    field         text NOT NULL,
    code          text NOT NULL,
    severity      text NOT NULL CHECK (severity IN ('error', 'warning')),
    value         text,
    message       text NOT NULL
);
CREATE INDEX validation_issues_run_idx ON normalized.validation_issues (run_id);
