-- Every filter path of the API (src/Host/Api/MartsReader.cs) is served by an index; MartsQueryPlanTests checks the plans.
-- The replaced indexes keep their names. The département filter has its own index (0031).

-- With id second, a commune's page (and one source's) comes out of the index already in id order, stopping after the page.
DROP INDEX marts.structures_code_insee_idx;
CREATE INDEX structures_code_insee_idx ON marts.structures (code_insee, id);
DROP INDEX marts.services_code_insee_idx;
CREATE INDEX services_code_insee_idx ON marts.services (code_insee, id);
DROP INDEX marts.structures_source_idx;
CREATE INDEX structures_source_idx ON marts.structures (source, id);
DROP INDEX marts.services_source_idx;
CREATE INDEX services_source_idx ON marts.services (source, id);

-- publics && (the publics asked for + 'tous-publics'); thematiques already has its GIN index (0002).
CREATE INDEX services_publics_idx ON marts.services USING gin (publics);
