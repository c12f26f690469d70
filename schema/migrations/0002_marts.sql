-- The published layer: columns named exactly as the data·inclusion schema v1 fields, arrays as text[].
-- A source's rows are replaced in one transaction per successful run.

CREATE TABLE marts.structures (
    source             text NOT NULL,
    id                 text PRIMARY KEY CHECK (id LIKE source || '--%'),
    nom                text NOT NULL,
    date_maj           date NOT NULL,
    description        text,
    lien_source        text,
    siret              text CHECK (siret ~ '^\d{14}$'),
    commune            text,
    code_postal        text CHECK (code_postal ~ '^\d{5}$'),
    code_insee         text CHECK (code_insee ~ '^\w{5}$'),
    adresse            text,
    complement_adresse text,
    longitude          double precision,
    latitude           double precision,
    telephone          text,
    courriel           text,
    site_web           text,
    horaires_accueil   text,
    accessibilite_lieu text,
    reseaux_porteurs   text[],
    run_id             uuid NOT NULL
);
CREATE INDEX structures_source_idx ON marts.structures (source);
CREATE INDEX structures_code_insee_idx ON marts.structures (code_insee);
CREATE INDEX structures_siret_idx ON marts.structures (siret);

CREATE TABLE marts.services (
    source                      text NOT NULL,
    structure_id                text NOT NULL REFERENCES marts.structures (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    id                          text PRIMARY KEY CHECK (id LIKE source || '--%'),
    nom                         text NOT NULL,
    description                 text NOT NULL,
    lien_source                 text,
    date_maj                    date NOT NULL,
    type                        text,
    thematiques                 text[],
    frais                       text,
    frais_precisions            text,
    publics                     text[],
    publics_precisions          text,
    conditions_acces            text,
    commune                     text,
    code_postal                 text CHECK (code_postal ~ '^\d{5}$'),
    code_insee                  text CHECK (code_insee ~ '^\w{5}$'),
    adresse                     text,
    complement_adresse          text,
    longitude                   double precision,
    latitude                    double precision,
    telephone                   text,
    courriel                    text,
    modes_accueil               text[],
    zone_eligibilite            text[],
    contact_nom_prenom          text,
    lien_mobilisation           text,
    modes_mobilisation          text[],
    mobilisable_par             text[],
    mobilisation_precisions     text,
    volume_horaire_hebdomadaire double precision CHECK (volume_horaire_hebdomadaire >= 0),
    nombre_semaines             integer CHECK (nombre_semaines >= 1),
    horaires_accueil            text,
    run_id                      uuid NOT NULL
);
CREATE INDEX services_source_idx ON marts.services (source);
CREATE INDEX services_structure_idx ON marts.services (structure_id);
CREATE INDEX services_code_insee_idx ON marts.services (code_insee);
CREATE INDEX services_thematiques_idx ON marts.services USING gin (thematiques);

-- Validation results of the published runs, so producers and operators see what was rejected and why.
CREATE TABLE marts.validation_errors (
    source        text NOT NULL,
    resource_type text NOT NULL,
    record_id     text NOT NULL,
    field         text NOT NULL,
    code          text NOT NULL,
    severity      text NOT NULL,
    value         text,
    message       text NOT NULL,
    run_id        uuid NOT NULL
);
CREATE INDEX validation_errors_source_idx ON marts.validation_errors (source);
