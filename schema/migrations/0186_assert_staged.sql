-- Issue 8 "nothing lost": the staged rows (0170) are UNLOGGED, so a PostgreSQL crash empties them. A run whose server
-- crashed and recovered between its normalised layer's commit and its publication would otherwise publish nothing in
-- place of the source's rows. The publication calls this first: it fails unless the run's staged rows are exactly its
-- valid normalised records, and the source keeps its published data.
CREATE FUNCTION normalized.assert_staged(run uuid, source_slug text) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    structures bigint := (SELECT count(*) FROM normalized.structures WHERE run_id = run AND source = source_slug AND is_valid);
    services bigint := (SELECT count(*) FROM normalized.services WHERE run_id = run AND source = source_slug AND is_valid);
    staged_structures bigint := (SELECT count(*) FROM normalized.staged_structures WHERE run_id = run);
    staged_services bigint := (SELECT count(*) FROM normalized.staged_services WHERE run_id = run);
BEGIN
    IF structures <> staged_structures OR services <> staged_services THEN
        RAISE EXCEPTION 'the staged rows of run % are not its valid records (% of % structures, % of % services staged): they were lost (a server crash empties them) or already published and pruned; nothing is published, run the source again',
            run, staged_structures, structures, staged_services, services;
    END IF;
END
$$;
