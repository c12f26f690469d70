-- Issue 8, the publication's INSERT into marts.structures: the SIRET index of 0002 serves no reader. No filter of the API
-- or of the REST door selects structures by SIRET (MartPredicates), the clustering reads a source's structures whole
-- (PublishedStructures), and the enrichment looks SIRETs up in ops.etablissements, which has its own key. Its upkeep was
-- ~0.3 s of backend CPU in the national first publication (98,250 rows into an empty clone with the primary key alone:
-- 0.50 s; with this index too: 0.84 s).
DROP INDEX marts.structures_siret_idx;
