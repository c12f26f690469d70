-- Issue 9 §1: what the public API Recherche d'entreprises says of each SIRET we publish (looked up only when
-- RECHERCHE_ENTREPRISES_URL is set), and the head-office flag it gives.
--   marts.structures.est_siege  the SIRET is its legal unit's head office (siège social); NULL when not looked up or
--                               not found. Filled, like etablissement_ferme (migration 0080), from the normalised JSON.
ALTER TABLE marts.structures ADD COLUMN est_siege boolean;

-- The lookup cache: one row per SIRET asked, with the answer and when. A row younger than
-- RechercheEntreprises__CacheTtl (default 30 days) is used instead of asking again. Failed requests (timeouts, 429,
-- 5xx, unreadable answers) are not stored: they are asked again at the next run. found = false: the API does not know
-- the SIRET (never existed, or non-diffusible), the flags stay NULL.
CREATE TABLE ops.etablissements (
    siret              text PRIMARY KEY,
    found              boolean NOT NULL,
    etat_administratif text,
    est_siege          boolean,
    checked_at         timestamptz NOT NULL
);
