-- Issue 9 §1: the geocoding cache, shared by every source and run. Keyed by the cleaned input sent to the BAN
-- (DataInclusion.Normalize.Places.Geocoding.GeocodingQuery.Key: adresse|code_postal|code_insee|commune), so a new or
-- changed address is a new key. A row is asked again when its attempt failed (statut 'echec': no answer for it) or when
-- its score is 0.75 or less (statut 'not-found' included) and geocode_le is a week old; good answers are kept.
CREATE TABLE ops.geocodages (
    cle         text PRIMARY KEY,
    geocode_le  timestamptz NOT NULL,
    statut      text NOT NULL,            -- the BAN's result_status ('ok', 'not-found', …) or 'echec'
    score       double precision,         -- result_score
    type        text,                     -- result_type: housenumber, street, locality, municipality
    label       text,                     -- result_label
    adresse     text,                     -- result_name
    code_postal text,                     -- result_postcode
    code_insee  text,                     -- result_citycode (an arrondissement code in Paris, Lyon, Marseille)
    commune     text,                     -- result_city
    longitude   double precision,
    latitude    double precision
);
