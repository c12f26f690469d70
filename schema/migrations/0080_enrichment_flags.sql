-- Issues 9 and 10: two flags set by enrichment and read by the open-data dumps. Like every mart column they arrive in
-- the normalised JSON under these names (jsonb_populate_record), so a source that never sets them leaves NULL, read
-- as "no" by the dumps (IS TRUE).
--   courriel_personnel   the contact e-mail looks like a private person's (prénom.nom@ on a webmail domain): the dumps
--                        blank courriel and telephone of that record.
--   etablissement_ferme  the SIRET is a closed establishment (Recherche d'entreprises: etat_administratif = F):
--                        the dumps drop the structure and its services.
ALTER TABLE marts.structures
    ADD COLUMN courriel_personnel  boolean,
    ADD COLUMN etablissement_ferme boolean;

ALTER TABLE marts.services
    ADD COLUMN courriel_personnel boolean;
