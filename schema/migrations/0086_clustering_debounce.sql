-- Issue 9 §2: reclustering after publication runs as one debounced Hangfire job (serve/up), not once per publication.
-- One row: whether a clustering is pending, when it was first and last asked for since the last one ran.
CREATE TABLE ops.clustering_debounce (
    id                 integer PRIMARY KEY CHECK (id = 1),
    pending            boolean NOT NULL,
    first_requested_at timestamptz,
    requested_at       timestamptz
);
INSERT INTO ops.clustering_debounce (id, pending) VALUES (1, false);
