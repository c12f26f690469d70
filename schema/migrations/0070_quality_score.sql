-- Issue 9 §3: the data·inclusion v1 quality score. A service's score and its per-criterion breakdown are computed
-- during normalisation (DataInclusion.Normalize.Quality) and arrive in the normalised JSON under these column names;
-- a structure's score is the mean of its published services' scores, set at publication (NULL without a service).
ALTER TABLE marts.services
    ADD COLUMN score_qualite    numeric(3,2) CHECK (score_qualite BETWEEN 0 AND 1),
    ADD COLUMN criteres_qualite jsonb;

ALTER TABLE marts.structures
    ADD COLUMN score_qualite numeric(3,2) CHECK (score_qualite BETWEEN 0 AND 1);
