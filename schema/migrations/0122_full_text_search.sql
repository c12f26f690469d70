-- Issue 12 §1 search(q): French full text, unaccented, over structures and services, ranked with data·inclusion's
-- weights — A: names; B: thématique (with its catégorie), publics and réseaux porteurs labels, publics_precisions;
-- C: descriptions. Each row keeps its tsvector (set by a trigger on insert, so the publication's INSERT … SELECT r.*
-- stays as it is: a generated column would refuse the NULL it inserts), served by a GIN index.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- french, with accents removed before stemming: "Mobilité" and "mobilite" are the same lexeme.
CREATE TEXT SEARCH CONFIGURATION marts.french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION marts.french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- The labels of référentiel values (schema v1.0.8: thématiques prefixed by their catégorie's label, publics, réseaux
-- porteurs), inline so the function is truly immutable. ReferentielLabelsTests checks them against the référentiels;
-- a new schema version means a new migration that replaces this function.
CREATE FUNCTION marts.libelles(valeurs text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(l.label, ' '), '') FROM unnest(valeurs) v (value) JOIN (VALUES
        ('choisir-un-metier--confirmer-son-choix-de-metier', 'Choisir un métier Confirmer son choix de métier'),
        ('choisir-un-metier--connaitre-les-opportunites-demploi', 'Choisir un métier Connaître les opportunités d’emploi'),
        ('choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite', 'Choisir un métier Découvrir un métier ou un secteur d’activité'),
        ('choisir-un-metier--identifier-ses-points-forts-et-ses-competences', 'Choisir un métier Identifier ses points forts et ses compétences'),
        ('creer-une-entreprise--definir-son-projet-de-creation-dentreprise', 'Créer une entreprise Définir son projet de création d’entreprise'),
        ('creer-une-entreprise--developper-son-entreprise', 'Créer une entreprise Développer son entreprise'),
        ('creer-une-entreprise--structurer-son-projet-de-creation-dentreprise', 'Créer une entreprise Structurer son projet de création d’entreprise'),
        ('difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives', 'Difficultés administratives ou juridiques Accompagnement aux démarches administratives'),
        ('difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete', 'Difficultés administratives ou juridiques Accompagnement pour l’accès à la citoyenneté'),
        ('difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits', 'Difficultés administratives ou juridiques Accompagnement pour l’accès aux droits'),
        ('difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte', 'Difficultés administratives ou juridiques Bénéficier d’une mesure d’accompagnement adapté'),
        ('difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination', 'Difficultés administratives ou juridiques Connaître ses droits face à une discrimination'),
        ('difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire', 'Difficultés administratives ou juridiques Prendre en compte une problématique judiciaire'),
        ('difficultes-financieres--acquerir-une-autonomie-budgetaire', 'Difficultés financières Acquérir une autonomie budgétaire'),
        ('difficultes-financieres--ameliorer-sa-gestion-budgetaire', 'Difficultés financières Améliorer sa gestion budgétaire'),
        ('difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere', 'Difficultés financières Mettre en place une mesure de protection financière'),
        ('difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere', 'Difficultés financières Prévenir une dégradation de la situation financière'),
        ('difficultes-financieres--situation-dendettement-surendettement', 'Difficultés financières Situation d’endettement ou de surendettement'),
        ('equipement-et-alimentation--aide-menagere', 'Équipement et alimentation Aide ménagère'),
        ('equipement-et-alimentation--alimentation', 'Équipement et alimentation Alimentation'),
        ('equipement-et-alimentation--electromenager', 'Équipement et alimentation Électroménager'),
        ('equipement-et-alimentation--habillement', 'Équipement et alimentation Habillement'),
        ('famille--garde-denfants', 'Famille Garde d’enfants'),
        ('famille--prise-en-charge-personne-dependante', 'Famille Prise en charge d’une personne dépendante'),
        ('famille--soutien-a-la-parentalite-et-a-leducation', 'Famille Soutien à la parentalité et à l’éducation'),
        ('famille--soutien-aidants', 'Famille Soutien aux aidants'),
        ('famille--surmonter-conflits-separation-violence', 'Famille Surmonter les conflits liés à la séparation ou à la violence'),
        ('lecture-ecriture-calcul--maitriser-le-calcul', 'Lecture, écriture et calcul Maîtriser le calcul'),
        ('lecture-ecriture-calcul--maitriser-le-francais', 'Lecture, écriture et calcul Maîtriser le français'),
        ('logement-hebergement--acheter-un-logement', 'Logement et hébergement Acheter un logement'),
        ('logement-hebergement--changer-de-logement', 'Logement et hébergement Changer de logement'),
        ('logement-hebergement--louer-un-logement', 'Logement et hébergement Louer un logement'),
        ('logement-hebergement--rechercher-une-solution-dhebergement-temporaire', 'Logement et hébergement Rechercher une solution d’hébergement temporaire'),
        ('logement-hebergement--reduire-les-impayes-de-loyer', 'Logement et hébergement Réduire les impayés de loyer'),
        ('logement-hebergement--se-maintenir-dans-le-logement', 'Logement et hébergement Se maintenir dans le logement'),
        ('logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement', 'Logement et hébergement S’informer sur les démarches liées à l’accès au logement'),
        ('mobilite--acceder-a-un-vehicule', 'Mobilité Accéder à un véhicule'),
        ('mobilite--entretenir-reparer-son-vehicule', 'Mobilité Entretenir et réparer son véhicule'),
        ('mobilite--etre-accompagne-dans-son-parcours-mobilite', 'Mobilité Être accompagné dans son parcours mobilité'),
        ('mobilite--financer-ma-mobilite', 'Mobilité Financer ma mobilité'),
        ('mobilite--mobilite-douce-partagee-collective', 'Mobilité Utiliser des services de mobilité douce, partagée ou collective'),
        ('mobilite--preparer-un-permis', 'Mobilité Préparer un permis'),
        ('numerique--acceder-a-des-services-en-ligne', 'Numérique Accéder à des services en ligne'),
        ('numerique--acceder-a-une-connexion-internet', 'Numérique Accéder à une connexion Internet'),
        ('numerique--acquerir-un-equipement', 'Numérique Acquérir un équipement'),
        ('numerique--maitriser-les-fondamentaux-du-numerique', 'Numérique Maîtriser les fondamentaux du numérique'),
        ('preparer-sa-candidature--developper-son-reseau', 'Préparer sa candidature Développer son réseau'),
        ('preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi', 'Préparer sa candidature Organiser ses démarches de recherche d’emploi'),
        ('preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation', 'Préparer sa candidature Réaliser un CV et/ou une lettre de motivation'),
        ('preparer-sa-candidature--valoriser-ses-competences', 'Préparer sa candidature Valoriser ses compétences'),
        ('remobilisation--activites-sportives-et-culturelles', 'Remobilisation Activités sportives et culturelles'),
        ('remobilisation--benevolat-action-citoyenne', 'Remobilisation Bénévolat et action citoyenne'),
        ('remobilisation--bien-etre-confiance-en-soi', 'Remobilisation Bien-être et confiance en soi'),
        ('remobilisation--lien-social', 'Remobilisation Lien social'),
        ('sante--acces-aux-soins', 'Santé Accès aux soins'),
        ('sante--addictions', 'Santé Addictions'),
        ('sante--constituer-un-dossier-mdph-invalidite', 'Santé Constituer un dossier MDPH pour invalidité'),
        ('sante--sante-mentale', 'Santé Santé mentale'),
        ('sante--sante-sexuelle', 'Santé Santé sexuelle'),
        ('se-former--monter-son-dossier-de-formation', 'Se former Monter son dossier de formation'),
        ('se-former--trouver-sa-formation', 'Se former Trouver sa formation'),
        ('souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger', 'S’ouvrir à l’international Connaître les opportunités d’emploi à l’étranger'),
        ('souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger', 'S’ouvrir à l’international S’informer sur les aides pour travailler à l’étranger'),
        ('souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france', 'S’ouvrir à l’international S’organiser suite à son retour en France'),
        ('trouver-un-emploi--convaincre-un-recruteur-en-entretien', 'Trouver un emploi Convaincre un recruteur en entretien'),
        ('trouver-un-emploi--faire-des-candidatures-spontanees', 'Trouver un emploi Faire des candidatures spontanées'),
        ('trouver-un-emploi--maintien-dans-lemploi', 'Trouver un emploi Maintien dans l’emploi'),
        ('trouver-un-emploi--repondre-a-des-offres-demploi', 'Trouver un emploi Répondre à des offres d’emploi'),
        ('trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs', 'Trouver un emploi Suivre ses candidatures et relancer les employeurs'),
        ('actifs', 'Actifs'),
        ('beneficiaires-des-minimas-sociaux', 'Bénéficiaires des minimas sociaux'),
        ('demandeurs-emploi', 'Demandeurs d’emploi'),
        ('etudiants', 'Étudiants'),
        ('familles', 'Familles'),
        ('femmes', 'Femmes'),
        ('jeunes', 'Jeunes'),
        ('personnes-en-situation-de-handicap', 'Personnes en situation de handicap'),
        ('personnes-en-situation-durgence', 'Personnes en situation d’urgence'),
        ('personnes-en-situation-juridique-specifique', 'Personnes en situation juridique spécifique'),
        ('personnes-exilees', 'Personnes exilées'),
        ('residents-qpv-frr', 'Résidents en QPV ou FRR'),
        ('seniors', 'Séniors'),
        ('tous-publics', 'Tous publics'),
        ('60000-rebonds', '60 000 Rebonds'),
        ('aci', 'Structures d’Insertion par l’Activité Économique - Ateliers et Chantiers d’Insertion'),
        ('action-logement', 'Action Logement'),
        ('adie', 'Association pour le Droit à l’Initiative Économique'),
        ('afpa', 'Agence Nationale pour la Formation Professionnelle des Adultes'),
        ('agefiph', 'Agefiph'),
        ('ai', 'Associations Intermédiaires'),
        ('aidants-connect', 'Aidants Connect'),
        ('alliance-villes-emploi', 'Alliance Villes Emploi'),
        ('anlci', 'Agence Nationale de Lutte Contre l’Illettrisme'),
        ('apprentis-dauteuil', 'Apprentis d’Auteuil'),
        ('ase', 'Aide Sociale à l’Enfance'),
        ('banques-alimentaires', 'Banques Alimentaires'),
        ('caarud', 'Centres d’Accueil et d’Accompagnement à la Réduction de Risques pour Usagers de Drogues'),
        ('cada', 'Centres d’Accueil de Demandeurs d’Asile'),
        ('caf', 'Caisse d’Allocations Familiales'),
        ('campus-connecte', 'Campus Connecté'),
        ('cap-emploi-reseau-cheops', 'CAP Emploi - Réseau CHEOPS'),
        ('cava', 'Centres d’Adaptation à la Vie Active'),
        ('ccas-cias', 'Les Centres Communaux d’Action Sociale et les Centres Intercommunaux d’Action Sociale'),
        ('chambres-consulaires', 'Chambres Consulaires'),
        ('chantier-ecole', 'Réseau Chantier École'),
        ('chrs', 'Centres d’Hébergement et de Réinsertion Sociale'),
        ('chu', 'Centres d’Hébergement d’Urgence'),
        ('cidff', 'Centres d’Information sur les Droits des Femmes et des Familles'),
        ('cmp', 'Centres Médico-Psychologiques'),
        ('cms', 'Centres Médico-Sociaux'),
        ('cnam', 'Conservatoire National des Arts et Métiers'),
        ('collectif-emploi', 'Collectif Emploi'),
        ('communes', 'Communes, mairies, communautés de communes, etc.'),
        ('conseillers-numeriques', 'Conseillers Numériques'),
        ('coorace', 'Fédération COORACE'),
        ('cpam', 'Caisses Primaires d’Assurance Maladie'),
        ('cph', 'Centres Provisoires d’Hébergement'),
        ('creches-avip', 'Crèches à Vocation d’Insertion Professionnelle'),
        ('crepi', 'CREPI'),
        ('cresus', 'Fédération Française des Associations CRÉSUS'),
        ('croix-rouge', 'Croix-Rouge'),
        ('csapa', 'Centres de Soins, d’Accompagnement et de Prévention en Addictologie'),
        ('delegataire-conseil-departemental', 'Organisation délégataire d’un Conseil Départemental'),
        ('departements', 'Départements et Services Départementaux'),
        ('duo-for-a-job', 'DUO for a JOB'),
        ('ea', 'Entreprises Adaptées'),
        ('eatt', 'Entreprises Adaptées de Travail Temporaire'),
        ('ecoles-de-la-deuxieme-chance', 'Écoles de la 2ᵉ Chance'),
        ('egee', 'Association EGEE'),
        ('ei', 'Structures d’Insertion par l’Activité Économique - Entreprises d’Insertion'),
        ('eiti', 'Structures d’Insertion par l’Activité Économique - Entreprises d’Insertion par le Travail Indépendant'),
        ('emmaus', 'Emmaüs'),
        ('epide', 'EPIDE'),
        ('esat', 'Établissement et Service d’Accompagnement par le Travail'),
        ('espaces-publics-numeriques', 'Espaces Publics Numériques'),
        ('etcld', 'Expérimentation Territoriale contre le Chômage de Longue Durée'),
        ('etti', 'Structures d’Insertion par l’Activité Économique - Entreprises de Travail Temporaire d’Insertion'),
        ('fabrique-de-territoire', 'Fabrique de Territoire'),
        ('face', 'Fondation FACE'),
        ('fcsf', 'Fédération des Centres Sociaux et Socioculturels de France'),
        ('federation-des-acteurs-de-la-solidarite', 'Fédération des Acteurs de la Solidarité'),
        ('federation-professionnelle-femmes', 'Fédération Professionnelle pour les Femmes'),
        ('france-active', 'France Active'),
        ('france-service', 'France Service'),
        ('france-travail', 'France Travail'),
        ('french-tech', 'French Tech'),
        ('geiq', 'GEIQ'),
        ('grandes-ecoles-du-numerique', 'Grandes Écoles du Numérique'),
        ('huda', 'Hébergement d’Urgence pour Demandeurs d’Asile'),
        ('hup', 'Association H’UP'),
        ('inae', 'INAÉ Nouvelle Aquitaine'),
        ('initiative-france', 'Initiative France'),
        ('konexio', 'Association Konexio'),
        ('la-cravate-solidaire', 'La Cravate Solidaire'),
        ('la-poste', 'La Poste'),
        ('les-premieres', 'Les Premières'),
        ('maison-departementale-de-lautonomie', 'Maisons Départementales de l’Autonomie'),
        ('maisons-de-l-emploi', 'Maisons de l’Emploi'),
        ('maisons-des-solidarites', 'Maisons Départementales des Solidarités (MDS)'),
        ('mdph', 'Maisons Départementales pour les Personnes Handicapées (MDPH)'),
        ('mission-locale', 'Mission Locale'),
        ('mjc', 'Maisons des Jeunes et de la Culture'),
        ('mobin', 'Mob’In'),
        ('msap', 'Maisons de Services Au Public'),
        ('mutualite-sociale-agricole', 'Mutualité Sociale Agricole'),
        ('nqt', 'Association NQT'),
        ('pimms-mediation', 'Point Information Médiation Multi Services'),
        ('pjj', 'Protection Judiciaire de la Jeunesse'),
        ('plie', 'Plans Locaux pour l’Insertion et l’Emploi'),
        ('points-conseil-budget', 'Points Conseil Budget'),
        ('points-justice', 'Points Justice'),
        ('positive-planet', 'Positive Planet'),
        ('regions', 'Régions, Préfectures et services régionaux'),
        ('reseau-app', 'Réseau APP'),
        ('reseau-bge', 'Réseau BGE'),
        ('reseau-entreprendre', 'Réseau Entreprendre'),
        ('reseau-information-jeunesse', 'Réseau Information Jeunesse'),
        ('residences-fjt', 'Résidences - Foyers Jeunes Travailleurs'),
        ('ressourceries', 'Ressourceries'),
        ('restos-du-coeur', 'Restos du Coeur'),
        ('secours-populaire', 'Secours Populaire'),
        ('siao', 'Services Intégrés d’Accueil et d’Orientation'),
        ('simplon', 'Simplon'),
        ('singa', 'Association SINGA'),
        ('snc', 'Solidarité Nouvelle Face au Chômage'),
        ('spip', 'Services Pénitentiaires d’Insertion et de Probation'),
        ('tous-tes-possibles', 'Tous Tes Possibles'),
        ('unaf', 'Union Nationale de l’Aide aux Familles'),
        ('unea', 'Union Nationale des Entreprises Adaptées'),
        ('unis-cite', 'UnisCité'),
        ('wimoov', 'Wimoov')
    ) l (value, label) ON l.value = v.value
$$;

ALTER TABLE marts.services ADD COLUMN search_vector tsvector;
ALTER TABLE marts.structures ADD COLUMN search_vector tsvector;

CREATE FUNCTION marts.services_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('marts.french_unaccent', coalesce(NEW.nom, '')), 'A')
        || setweight(to_tsvector('marts.french_unaccent',
               marts.libelles(NEW.thematiques) || ' ' || marts.libelles(NEW.publics) || ' ' || coalesce(NEW.publics_precisions, '')), 'B')
        || setweight(to_tsvector('marts.french_unaccent', coalesce(NEW.description, '')), 'C');
    RETURN NEW;
END
$$;

CREATE FUNCTION marts.structures_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('marts.french_unaccent', coalesce(NEW.nom, '')), 'A')
        || setweight(to_tsvector('marts.french_unaccent', marts.libelles(NEW.reseaux_porteurs)), 'B')
        || setweight(to_tsvector('marts.french_unaccent', coalesce(NEW.description, '')), 'C');
    RETURN NEW;
END
$$;

-- Only the columns the vector reads: the clustering's updates of cluster columns must not recompute it.
CREATE TRIGGER services_search_vector
    BEFORE INSERT OR UPDATE OF nom, description, thematiques, publics, publics_precisions ON marts.services
    FOR EACH ROW EXECUTE FUNCTION marts.services_search_vector();
CREATE TRIGGER structures_search_vector
    BEFORE INSERT OR UPDATE OF nom, description, reseaux_porteurs ON marts.structures
    FOR EACH ROW EXECUTE FUNCTION marts.structures_search_vector();

-- Rows published before this migration get theirs now (the triggers fire on this UPDATE).
UPDATE marts.services SET nom = nom;
UPDATE marts.structures SET nom = nom;

CREATE INDEX services_search_idx ON marts.services USING gin (search_vector);
CREATE INDEX structures_search_idx ON marts.structures USING gin (search_vector);
