-- Issue 8, the ANALYZE after a publication (MartStatistics): no statistics for the mart columns that no statement filters,
-- joins or sorts on. The API, the REST door, the exports and the publication read them, never select by them, so the
-- planner has no use for their histograms; ANALYZE computed them on its 30,000-row sample all the same (the jsonb
-- columns, the addresses and contacts, the free texts). Measured on the national marts (PostgreSQL 15, 2-core machine,
-- load 12-20, backend CPU of ANALYZE, three pairs): services 2.6-2.8 s -> 1.3-2.0 s, structures 1.0-1.2 s -> 0.7 s.
-- Kept (default target): every column a WHERE, a join or an ORDER BY reads (source, id, structure_id, code_insee and its
-- département expression, code_region, code_epci, the arrays, frais, type, updated_at, score_qualite, cluster_id,
-- meilleur_du_cluster, date_maj, siret, the coordinates, the search columns) and the expressions of the indexes and of
-- the extended statistics. A column added later gets the default target until it is listed here.
ALTER TABLE marts.services
    ALTER COLUMN nom SET STATISTICS 0,
    ALTER COLUMN description SET STATISTICS 0,
    ALTER COLUMN lien_source SET STATISTICS 0,
    ALTER COLUMN frais_precisions SET STATISTICS 0,
    ALTER COLUMN publics_precisions SET STATISTICS 0,
    ALTER COLUMN conditions_acces SET STATISTICS 0,
    ALTER COLUMN commune SET STATISTICS 0,
    ALTER COLUMN code_postal SET STATISTICS 0,
    ALTER COLUMN adresse SET STATISTICS 0,
    ALTER COLUMN complement_adresse SET STATISTICS 0,
    ALTER COLUMN telephone SET STATISTICS 0,
    ALTER COLUMN courriel SET STATISTICS 0,
    ALTER COLUMN contact_nom_prenom SET STATISTICS 0,
    ALTER COLUMN lien_mobilisation SET STATISTICS 0,
    ALTER COLUMN modes_mobilisation SET STATISTICS 0,
    ALTER COLUMN mobilisable_par SET STATISTICS 0,
    ALTER COLUMN mobilisation_precisions SET STATISTICS 0,
    ALTER COLUMN volume_horaire_hebdomadaire SET STATISTICS 0,
    ALTER COLUMN nombre_semaines SET STATISTICS 0,
    ALTER COLUMN horaires_accueil SET STATISTICS 0,
    ALTER COLUMN run_id SET STATISTICS 0,
    ALTER COLUMN criteres_qualite SET STATISTICS 0,
    ALTER COLUMN courriel_personnel SET STATISTICS 0,
    ALTER COLUMN code_departement SET STATISTICS 0,
    ALTER COLUMN code_arrondissement SET STATISTICS 0,
    ALTER COLUMN adresse_provenance SET STATISTICS 0,
    ALTER COLUMN adresse_producteur SET STATISTICS 0,
    ALTER COLUMN geocodage SET STATISTICS 0;

ALTER TABLE marts.structures
    ALTER COLUMN nom SET STATISTICS 0,
    ALTER COLUMN description SET STATISTICS 0,
    ALTER COLUMN lien_source SET STATISTICS 0,
    ALTER COLUMN commune SET STATISTICS 0,
    ALTER COLUMN code_postal SET STATISTICS 0,
    ALTER COLUMN adresse SET STATISTICS 0,
    ALTER COLUMN complement_adresse SET STATISTICS 0,
    ALTER COLUMN telephone SET STATISTICS 0,
    ALTER COLUMN courriel SET STATISTICS 0,
    ALTER COLUMN site_web SET STATISTICS 0,
    ALTER COLUMN horaires_accueil SET STATISTICS 0,
    ALTER COLUMN accessibilite_lieu SET STATISTICS 0,
    ALTER COLUMN run_id SET STATISTICS 0,
    ALTER COLUMN courriel_personnel SET STATISTICS 0,
    ALTER COLUMN code_departement SET STATISTICS 0,
    ALTER COLUMN code_arrondissement SET STATISTICS 0,
    ALTER COLUMN adresse_provenance SET STATISTICS 0,
    ALTER COLUMN adresse_producteur SET STATISTICS 0,
    ALTER COLUMN geocodage SET STATISTICS 0;
