-- Issue 9 §1: the producer's address and the geocoder's side by side, and which one the published columns hold.
-- Written by the geocoding step (Host/Geocoding) into the normalised JSON, like every mart column.
--   adresse_provenance   where adresse, code_postal, commune, code_insee, longitude and latitude come from:
--                          'producteur'         the producer's values (no geocoder, nothing to geocode, or its answer
--                                               was not accepted);
--                          'geocodage'          the BAN's answer (score > 0.75, an address-level result);
--                          'geocodage-commune'  the BAN's commune-level answer for an address that is no street (empty,
--                                               bourg/village/mairie, the commune's name): its place, the producer's
--                                               address line.
--                        NULL when the record went through no geocoding step (GEOCODER_URL unset).
--   adresse_producteur   the producer's values {adresse, code_postal, commune, code_insee, longitude, latitude} when the
--                        published ones are the geocoder's; NULL otherwise (the published columns are the producer's).
--   geocodage            the geocoder's answer for the record's cleaned input, accepted or not: {score, type, label,
--                        adresse, code_postal, commune, code_insee, longitude, latitude, geocode_le}; NULL when none.
ALTER TABLE marts.structures
    ADD COLUMN adresse_provenance text CHECK (adresse_provenance IN ('producteur', 'geocodage', 'geocodage-commune')),
    ADD COLUMN adresse_producteur jsonb,
    ADD COLUMN geocodage          jsonb;

ALTER TABLE marts.services
    ADD COLUMN adresse_provenance text CHECK (adresse_provenance IN ('producteur', 'geocodage', 'geocodage-commune')),
    ADD COLUMN adresse_producteur jsonb,
    ADD COLUMN geocodage          jsonb;

-- One row per run that went through the geocoding step: how many records had an address to geocode, how many answers
-- came from the cache, how many inputs were sent, how many records publish the geocoder's values, and how many inputs
-- got no answer (timeouts, 5xx, malformed or partial CSV). error holds the last failure's message; the run goes on.
CREATE TABLE ops.geocoding_runs (
    run_id     uuid PRIMARY KEY,
    source     text NOT NULL,
    at         timestamptz NOT NULL,
    records    integer NOT NULL,
    queries    integer NOT NULL,
    from_cache integer NOT NULL,
    sent       integer NOT NULL,
    accepted   integer NOT NULL,
    failed     integer NOT NULL,
    error      text
);
