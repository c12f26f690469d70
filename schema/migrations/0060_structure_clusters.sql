-- Cross-source deduplication (issue 9 §2): each published structure's cluster and whether it is the record that
-- stands for it. Filled after every publication by the pipeline's clusterer, outside the publication's transaction:
-- a row published since the last clustering has NULLs until the next one.
ALTER TABLE marts.structures ADD COLUMN cluster_id text;
ALTER TABLE marts.structures ADD COLUMN meilleur_du_cluster boolean;
CREATE INDEX structures_cluster_idx ON marts.structures (cluster_id);

-- The last clustering's full map, kept apart from the marts: a republished source's rows lose their columns above,
-- but their previous cluster ids are still read from here, so ids stay stable.
CREATE TABLE ops.structure_clusters (
    structure_id        text PRIMARY KEY,
    cluster_id          text NOT NULL,
    meilleur_du_cluster boolean NOT NULL
);

-- One row per clustering: when, over how much, and how it ended (error is NULL on success).
CREATE TABLE ops.clusterings (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      uuid,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz NOT NULL,
    structures  integer NOT NULL,
    clusters    integer NOT NULL,
    error       text
);
