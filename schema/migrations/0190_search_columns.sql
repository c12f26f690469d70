-- Issue 8: the values the search indexes hold become mart columns that the publication computes in its parallel
-- staging (MartInserts' CREATE TEMP TABLE … AS, beside search_vector). As expression indexes (0135, 0150) they were
-- evaluated row by row inside the publication's INSERT, which PostgreSQL never runs in parallel: one core idled while
-- the other computed to_tsvector over every service's publics labels. Same values, same index names, plain columns:
--   search_name        = marts.search_name(search_vector)         (tier 1 of search(q): the name's words)
--   search_name_length = marts.search_name_length(search_vector)  (the within-tier order)
--   search_publics     = marts.publics_vector(publics, publics_precisions)   (recherche_public)
-- Every mart column named search_* is the publication's to compute: never staged, never read from the feed.

CREATE OR REPLACE FUNCTION normalized.mirror_mart_columns() RETURNS integer
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
            JOIN pg_attribute a ON a.attrelid = s.mart AND a.attnum > 0 AND NOT a.attisdropped AND a.attname NOT LIKE 'search\_%'
        WHERE NOT EXISTS (SELECT FROM pg_attribute b WHERE b.attrelid = s.staged AND b.attname = a.attname AND NOT b.attisdropped)
        ORDER BY s.staged, a.attnum
    LOOP
        EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', missing.staged, missing.attname, missing.type);
        added := added + 1;
    END LOOP;
    RETURN added;
END
$$;

DROP INDEX marts.services_publics_search_idx, marts.services_search_name_idx, marts.structures_search_name_idx,
    marts.services_search_order_idx, marts.structures_search_order_idx;
-- The tier-1 predicate now reads the column, whose own statistics ANALYZE gathers; tier 2's stays an expression.
DROP STATISTICS marts.services_search_tiers, marts.structures_search_tiers;

ALTER TABLE marts.services ADD COLUMN search_name tsvector, ADD COLUMN search_name_length integer, ADD COLUMN search_publics tsvector;
ALTER TABLE marts.structures ADD COLUMN search_name tsvector, ADD COLUMN search_name_length integer;
ALTER TABLE marts.services ALTER COLUMN search_publics SET COMPRESSION lz4;

-- Rows published before this migration (the update triggers below only fire on the texts, not on these columns).
UPDATE marts.services SET search_name = marts.search_name(search_vector), search_name_length = marts.search_name_length(search_vector),
    search_publics = marts.publics_vector(publics, publics_precisions);
UPDATE marts.structures SET search_name = marts.search_name(search_vector), search_name_length = marts.search_name_length(search_vector);

-- Any other writer (fixtures, manual inserts, updates of the texts) gets the same columns from the triggers of 0124: an
-- insert without its vector gets it, an update of the texts recomputes it, and the columns derived from it follow.
CREATE OR REPLACE FUNCTION marts.services_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR NEW.search_vector IS NULL THEN
        NEW.search_vector := marts.service_search_vector(NEW.nom, NEW.description, NEW.thematiques, NEW.publics, NEW.publics_precisions);
    END IF;
    NEW.search_name := marts.search_name(NEW.search_vector);
    NEW.search_name_length := marts.search_name_length(NEW.search_vector);
    NEW.search_publics := marts.publics_vector(NEW.publics, NEW.publics_precisions);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION marts.structures_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR NEW.search_vector IS NULL THEN
        NEW.search_vector := marts.structure_search_vector(NEW.nom, NEW.description, NEW.reseaux_porteurs);
    END IF;
    NEW.search_name := marts.search_name(NEW.search_vector);
    NEW.search_name_length := marts.search_name_length(NEW.search_vector);
    RETURN NEW;
END
$$;

-- The publication brings every search column, so its rows still skip plpgsql (the WHEN clause is checked in C).
DROP TRIGGER services_search_vector_insert ON marts.services;
DROP TRIGGER structures_search_vector_insert ON marts.structures;
CREATE TRIGGER services_search_vector_insert
    BEFORE INSERT ON marts.services
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR NEW.search_name IS NULL OR NEW.search_name_length IS NULL OR NEW.search_publics IS NULL)
    EXECUTE FUNCTION marts.services_search_vector();
CREATE TRIGGER structures_search_vector_insert
    BEFORE INSERT ON marts.structures
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR NEW.search_name IS NULL OR NEW.search_name_length IS NULL)
    EXECUTE FUNCTION marts.structures_search_vector();

CREATE INDEX services_search_name_idx ON marts.services USING gin (search_name);
CREATE INDEX structures_search_name_idx ON marts.structures USING gin (search_name);
CREATE INDEX services_search_order_idx ON marts.services (search_name_length, id);
CREATE INDEX structures_search_order_idx ON marts.structures (search_name_length, id);
CREATE INDEX services_publics_search_idx ON marts.services USING gin (search_publics);

CREATE STATISTICS marts.services_search_tiers ON (marts.search_head(search_vector)) FROM marts.services;
CREATE STATISTICS marts.structures_search_tiers ON (marts.search_head(search_vector)) FROM marts.structures;
