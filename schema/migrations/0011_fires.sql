-- Every execution of a scheduled or background source job, whether it ran the source or was refused because a run of
-- that source was already in progress. "Exactly once" is asserted on these rows: a refused fire leaves no ops.runs row.
CREATE TABLE ops.fires (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text        NOT NULL,
    job_id      text,
    trigger     text        NOT NULL,
    instance    text        NOT NULL,
    fired_at    timestamptz NOT NULL,
    -- started, succeeded, failed, already-running, superseded, skipped; interrupted when its process died mid-run
    outcome     text        NOT NULL,
    run_id      uuid REFERENCES ops.runs (id) ON DELETE SET NULL,
    finished_at timestamptz
);

CREATE INDEX fires_source_fired_idx ON ops.fires (source, fired_at DESC);
CREATE INDEX fires_job_idx ON ops.fires (job_id);
