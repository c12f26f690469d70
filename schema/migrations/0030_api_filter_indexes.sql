-- Every filter path of the API (src/Host/Api/MartsReader.cs) is served by an index; MartsQueryPlanTests checks the plans.
-- The replaced indexes keep their names; publication maintains one index more than before (publics).

-- code_insee with text_pattern_ops serves both the commune filter (=) and the département filter (LIKE '44%') whatever
-- the database collation: a default btree serves a LIKE prefix only under the C collation, and the embedded cluster
-- (like most servers) uses another one. With id second, a commune's page comes out of the index already in id order.
DROP INDEX marts.structures_code_insee_idx;
CREATE INDEX structures_code_insee_idx ON marts.structures (code_insee text_pattern_ops, id);
DROP INDEX marts.services_code_insee_idx;
CREATE INDEX services_code_insee_idx ON marts.services (code_insee text_pattern_ops, id);

-- One source's page in id order straight from the index, stopping after the page.
DROP INDEX marts.structures_source_idx;
CREATE INDEX structures_source_idx ON marts.structures (source, id);
DROP INDEX marts.services_source_idx;
CREATE INDEX services_source_idx ON marts.services (source, id);

-- publics && (the publics asked for + 'tous-publics'); thematiques already has its GIN index (0002).
CREATE INDEX services_publics_idx ON marts.services USING gin (publics);
