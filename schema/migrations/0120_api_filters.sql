-- Issue 12 §1: the portal filters of data·inclusion on structures and services, each served by an index
-- (MartsQueryPlanTests EXPLAINs them), and updated_at, the time of OUR last change of a record, for incremental sync.

-- Single-valued référentiel columns: with id second, one value's page comes in id order and stops after the page.
CREATE INDEX services_frais_idx ON marts.services (frais, id);
CREATE INDEX services_type_idx ON marts.services (type, id);
-- Array columns: "any of" is an overlap (&&), served by GIN.
CREATE INDEX services_modes_accueil_idx ON marts.services USING gin (modes_accueil);
CREATE INDEX structures_reseaux_porteurs_idx ON marts.structures USING gin (reseaux_porteurs);

-- updated_at: set at publication from ops.record_versions below, so it moves only when the record's published content
-- changed, not at every run that republishes it unchanged. Rows published before this migration get their run's end.
ALTER TABLE marts.structures ADD COLUMN updated_at timestamptz;
ALTER TABLE marts.services ADD COLUMN updated_at timestamptz;
UPDATE marts.structures m SET updated_at = coalesce(r.ended_at, r.started_at) FROM ops.runs r WHERE r.id = m.run_id;
UPDATE marts.services m SET updated_at = coalesce(r.ended_at, r.started_at) FROM ops.runs r WHERE r.id = m.run_id;
CREATE INDEX structures_updated_at_idx ON marts.structures (updated_at, id);
CREATE INDEX services_updated_at_idx ON marts.services (updated_at, id);

-- One row per published record: a digest of its content and when that content last changed. Kept apart from the marts
-- because a publication deletes and re-inserts a source's rows; a record that leaves the publication leaves this table
-- too, so if it comes back it counts as changed. Empty after this migration: the first publication of each source
-- after it stamps every record of that source once.
CREATE TABLE ops.record_versions (
    resource_type text        NOT NULL CHECK (resource_type IN ('structure', 'service')),
    id            text        NOT NULL,
    source        text        NOT NULL,
    digest        uuid        NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (resource_type, id)
);
CREATE INDEX record_versions_source_idx ON ops.record_versions (source);
