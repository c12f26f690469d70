-- A département's page in id order straight from an index, stopping after the page: the département filter was the
-- costliest of the portal queries (it read every row of the département, then sorted them, to return 50 or 100).

-- The département of a commune code: the first three characters overseas (971…976, and 977, 978, 98x for the other
-- territories), the first two elsewhere (2A, 2B included). A plain SQL function, so the planner inlines it and
-- matches the indexes below.
CREATE FUNCTION marts.departement(code_insee text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN code_insee LIKE '97%' OR code_insee LIKE '98%' THEN left(code_insee, 3) ELSE left(code_insee, 2) END $$;

CREATE INDEX structures_departement_idx ON marts.structures (marts.departement(code_insee), id);
CREATE INDEX services_departement_idx ON marts.services (marts.departement(code_insee), id);
