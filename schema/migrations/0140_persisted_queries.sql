-- Registered GraphQL documents (issue 12 §1): with Api__PersistedQueries__AllowListOnly=true, only these are executed.
-- Clients send a document's text or, as Automatic Persisted Queries do, its SHA-256 (lowercase hexadecimal of its
-- UTF-8 bytes), so the hash of the stored text is the key. Managed with `./datainclusion queries add|list|remove`.
CREATE TABLE ops.persisted_queries (
    sha256     text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    document   text        NOT NULL,
    name       text,
    added_at   timestamptz NOT NULL
);
