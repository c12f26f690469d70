-- API tokens (issue 12 §2): who reads /graphql and /api/v1 with "Authorization: Bearer". As for producers (0115), the
-- token is 256 random bits stored only as its SHA-256. A revoked token keeps its row (and its name) for the record.
CREATE TABLE ops.api_tokens (
    name            text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._@-]*$' AND length(name) BETWEEN 2 AND 100),
    token_hash      bytea       NOT NULL UNIQUE,
    scope           text        NOT NULL CHECK (scope IN ('api', 'admin')),
    -- Restricted sources (e.g. soliguide) whose rows this token may read.
    sources         text[]      NOT NULL DEFAULT '{}',
    -- Browser origins (scheme://host[:port]) the token is accepted from; empty: any.
    allowed_origins text[]      NOT NULL DEFAULT '{}',
    -- Requests per minute for this token; null: the instance's default (Api__RateLimit__PerMinute).
    rate_limit_per_minute integer CHECK (rate_limit_per_minute > 0),
    created_at      timestamptz NOT NULL,
    revoked_at      timestamptz
);
