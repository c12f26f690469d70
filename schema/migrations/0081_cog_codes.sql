-- Issue 9 §1: where a record sits in the Code officiel géographique, from its published code_insee and the offline COG
-- (DataInclusion.Normalize.Places.Cog, millésime 2026). Computed during normalisation and, like every mart column,
-- carried by the normalised JSON under these names (jsonb_populate_record).
--   code_departement     2 or 3 characters (2A/2B, 971–976, and 975/977/978/984/986–989 for the overseas collectivities)
--   code_region          2 digits; NULL for the overseas collectivities (COM), which belong to no région
--   code_epci            SIREN of the EPCI à fiscalité propre; NULL for the few communes outside any
--   code_arrondissement  the municipal arrondissement (Paris 751xx, Lyon 6938x, Marseille 132xx) the producer or the
--                        geocoder gave; code_insee then holds its commune (75056, 69123, 13055)
ALTER TABLE marts.structures
    ADD COLUMN code_departement    text,
    ADD COLUMN code_region         text,
    ADD COLUMN code_epci           text,
    ADD COLUMN code_arrondissement text;

ALTER TABLE marts.services
    ADD COLUMN code_departement    text,
    ADD COLUMN code_region         text,
    ADD COLUMN code_epci           text,
    ADD COLUMN code_arrondissement text;
