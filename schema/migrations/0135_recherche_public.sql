-- Issue 12 §3 recherche_public (data·inclusion's /services and /search/services): full text over a service's publics
-- labels and its publics_precisions only, in the French unaccented config of 0122. An expression index: the vector is
-- a pure function of two columns, so no trigger or column is needed, and the query repeats the same expression.
-- Every name inside is schema-qualified (or pg_catalog), so ANALYZE under an empty search_path evaluates it too.
CREATE FUNCTION marts.publics_vector(publics text[], publics_precisions text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT to_tsvector('marts.french_unaccent'::regconfig, marts.libelles(publics) || ' ' || coalesce(publics_precisions, ''))
$$;

CREATE INDEX services_publics_search_idx ON marts.services USING gin (marts.publics_vector(publics, publics_precisions));
