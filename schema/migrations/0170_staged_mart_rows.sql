-- Issue 8: the publication's typed mart rows, staged during normalisation (NormalizedLayerWriter, StagedRowWriter) by
-- binary COPY in the normalised layer's transaction, instead of being parsed back from jsonb at publication. UNLOGGED:
-- they are rebuilt from the raw layer by a remap if a crash truncates them, and only the next publication reads them.
-- A staged table holds a mart's columns (mirrored from the catalog by normalized.mirror_mart_columns, which the Migrator
-- calls after every migration: a migration adding a mart column needs no other change), keyed by (run_id, id), plus
-- what the publication needs and the marts do not keep: the record's content digest (computed by the writer) and, for
-- a service, its exact quality score (the structures' score is the mean of the unrounded scores, as before). The search
-- vectors are not staged: computed on COPY (a generated column) they ran on the one core the server gets while the
-- pipeline maps, and made the normalisation longer than the publication's parallel staging of them (MartInserts).
CREATE UNLOGGED TABLE normalized.staged_structures (
    run_id uuid NOT NULL,
    id     text NOT NULL,
    digest uuid NOT NULL,
    PRIMARY KEY (run_id, id)
);

CREATE UNLOGGED TABLE normalized.staged_services (
    run_id        uuid NOT NULL,
    id            text NOT NULL,
    digest        uuid NOT NULL,
    quality_score numeric,
    PRIMARY KEY (run_id, id)
);

-- Adds to each staged table the mart columns it lacks, with the mart's type (constraints stay on the marts, checked
-- when the publication inserts). Returns how many columns were added (0 when nothing changed: no lock is taken).
CREATE FUNCTION normalized.mirror_mart_columns() RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    missing record;
    added integer := 0;
BEGIN
    FOR missing IN
        SELECT s.staged, a.attname, format_type(a.atttypid, a.atttypmod) AS type
        FROM (VALUES ('marts.structures'::regclass, 'normalized.staged_structures'::regclass),
                     ('marts.services'::regclass, 'normalized.staged_services'::regclass)) s (mart, staged)
            JOIN pg_attribute a ON a.attrelid = s.mart AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'search_vector'
        WHERE NOT EXISTS (SELECT FROM pg_attribute b WHERE b.attrelid = s.staged AND b.attname = a.attname AND NOT b.attisdropped)
        ORDER BY s.staged, a.attnum
    LOOP
        EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', missing.staged, missing.attname, missing.type);
        added := added + 1;
    END LOOP;
    RETURN added;
END
$$;

SELECT normalized.mirror_mart_columns();
