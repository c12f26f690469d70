-- Producer accounts (issue 11 §2): a producer's source lives here, not in code. The token is stored as the SHA-256 of a
-- 256-bit random secret (see ProducerToken): never the token itself.
CREATE TABLE ops.producers (
    slug          text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 2 AND 60),
    name          text        NOT NULL,
    contact       text,
    in_open_data  boolean     NOT NULL DEFAULT false,
    token_hash    bytea       NOT NULL UNIQUE,
    token_issued_at timestamptz NOT NULL,
    revoked_at    timestamptz,
    created_at    timestamptz NOT NULL,
    -- Pull: the feed we fetch on the producer's schedule (none: push only).
    structures_url text,
    services_url   text,
    classeur_url   text,
    schedule       text
);

-- Push: each file (or JSON body) a producer sent, with its outcome. The bytes stay here until the job hands them to
-- the raw layer of its run.
CREATE TABLE ops.submissions (
    id              uuid PRIMARY KEY,
    producer        text        NOT NULL REFERENCES ops.producers (slug) ON DELETE CASCADE,
    idempotency_key text,
    received_at     timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    run_id          uuid        REFERENCES ops.runs (id) ON DELETE SET NULL,
    job_id          text,
    finished_at     timestamptz,
    error           text,
    bytes           bigint      NOT NULL,
    UNIQUE (producer, idempotency_key)
);
CREATE INDEX submissions_producer_received_idx ON ops.submissions (producer, received_at DESC);

CREATE TABLE ops.submission_payloads (
    submission_id uuid NOT NULL REFERENCES ops.submissions (id) ON DELETE CASCADE,
    stream        text NOT NULL,
    -- What the producer called the file: shown, never used as a path.
    file_name     text,
    media_type    text NOT NULL,
    content       bytea,
    PRIMARY KEY (submission_id, stream)
);
