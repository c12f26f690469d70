-- Issue 12 §1 searchServices: distances computed in PostgreSQL with the earthdistance/cube contrib extensions (they
-- ship with the PostgreSQL server packages; PostGIS would be one more package on every machine), a GiST index on each
-- published row's point, and the commune centres (loaded by CommuneCentres after the migrations).
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- The indexed point of a latitude/longitude. ll_to_earth's body calls earth() and cube() unqualified, so an index on
-- ll_to_earth(...) fails wherever the search_path lacks the extension's schema — autovacuum's ANALYZE runs with an empty
-- one, pg_restore too. This wrapper pins its search_path to the extensions' schemas (SET makes it non-inlinable, which
-- an index expression does not mind). NULL without coordinates (STRICT): such rows are simply not in the box.
DO $$
DECLARE
    schemas text := (SELECT string_agg(DISTINCT quote_ident(n.nspname), ', ') FROM pg_extension e
                     JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname IN ('cube', 'earthdistance'));
    earth text := (SELECT quote_ident(n.nspname) FROM pg_extension e
                   JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'earthdistance');
BEGIN
    EXECUTE format($f$
        CREATE FUNCTION marts.earth_point(latitude double precision, longitude double precision) RETURNS %s.earth
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = %s, pg_catalog
        AS 'SELECT ll_to_earth(latitude, longitude)'
        $f$, earth, schemas);
END
$$;

CREATE INDEX services_earth_idx ON marts.services USING gist (marts.earth_point(latitude, longitude));
CREATE INDEX structures_earth_idx ON marts.structures USING gist (marts.earth_point(latitude, longitude));

-- zone_eligibilite is checked on the rows the distance already narrowed; a service with a distance-free mode
-- (a-distance) is found through modes_accueil's GIN index (0120).

-- Commune centres (geo.api.gouv.fr) and each commune's EPCI (offline COG), for searchServices' centre and eligibility.
CREATE TABLE marts.communes (
    code_insee text PRIMARY KEY,
    nom        text NOT NULL,
    latitude   double precision NOT NULL,
    longitude  double precision NOT NULL,
    code_epci  text
);

-- Which version of each reference file the database holds (SHA-256 of the file), so a start reloads only a changed one.
CREATE TABLE ops.reference_data (
    name     text PRIMARY KEY,
    checksum text NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
