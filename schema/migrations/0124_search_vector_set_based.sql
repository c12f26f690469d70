-- Issue 8: the publication computes search_vector set-based in its INSERT … SELECT (the per-row plpgsql trigger of 0122
-- made a national publication ~5x slower). One definition of the vector serves both: marts.*_search_vector(…) below,
-- called by the publication's SELECT and by the triggers, which stay for any other writer (fixtures, manual inserts,
-- updates of the texts) but no longer fire on an insert that brings its vector.

-- The same labels, in the same order (0122's VALUES order: a value's position says where its label goes), joined by a
-- jsonb lookup instead of a hash join over 191 VALUES rows per call: ~6x faster, same text (SetBasedPublicationTests
-- compares vectors with 0122's; on the national benchmark's 243,000 published rows every vector was identical).
CREATE OR REPLACE FUNCTION marts.libelles(valeurs text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(l.entry ->> 1, ' ' ORDER BY (l.entry ->> 0)::int), '')
    FROM unnest(valeurs) v (value), LATERAL (SELECT '{
        "choisir-un-metier--confirmer-son-choix-de-metier": [0, "Choisir un métier Confirmer son choix de métier"],
        "choisir-un-metier--connaitre-les-opportunites-demploi": [1, "Choisir un métier Connaître les opportunités d’emploi"],
        "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite": [2, "Choisir un métier Découvrir un métier ou un secteur d’activité"],
        "choisir-un-metier--identifier-ses-points-forts-et-ses-competences": [3, "Choisir un métier Identifier ses points forts et ses compétences"],
        "creer-une-entreprise--definir-son-projet-de-creation-dentreprise": [4, "Créer une entreprise Définir son projet de création d’entreprise"],
        "creer-une-entreprise--developper-son-entreprise": [5, "Créer une entreprise Développer son entreprise"],
        "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise": [6, "Créer une entreprise Structurer son projet de création d’entreprise"],
        "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives": [7, "Difficultés administratives ou juridiques Accompagnement aux démarches administratives"],
        "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete": [8, "Difficultés administratives ou juridiques Accompagnement pour l’accès à la citoyenneté"],
        "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits": [9, "Difficultés administratives ou juridiques Accompagnement pour l’accès aux droits"],
        "difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte": [10, "Difficultés administratives ou juridiques Bénéficier d’une mesure d’accompagnement adapté"],
        "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination": [11, "Difficultés administratives ou juridiques Connaître ses droits face à une discrimination"],
        "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire": [12, "Difficultés administratives ou juridiques Prendre en compte une problématique judiciaire"],
        "difficultes-financieres--acquerir-une-autonomie-budgetaire": [13, "Difficultés financières Acquérir une autonomie budgétaire"],
        "difficultes-financieres--ameliorer-sa-gestion-budgetaire": [14, "Difficultés financières Améliorer sa gestion budgétaire"],
        "difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere": [15, "Difficultés financières Mettre en place une mesure de protection financière"],
        "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere": [16, "Difficultés financières Prévenir une dégradation de la situation financière"],
        "difficultes-financieres--situation-dendettement-surendettement": [17, "Difficultés financières Situation d’endettement ou de surendettement"],
        "equipement-et-alimentation--aide-menagere": [18, "Équipement et alimentation Aide ménagère"],
        "equipement-et-alimentation--alimentation": [19, "Équipement et alimentation Alimentation"],
        "equipement-et-alimentation--electromenager": [20, "Équipement et alimentation Électroménager"],
        "equipement-et-alimentation--habillement": [21, "Équipement et alimentation Habillement"],
        "famille--garde-denfants": [22, "Famille Garde d’enfants"],
        "famille--prise-en-charge-personne-dependante": [23, "Famille Prise en charge d’une personne dépendante"],
        "famille--soutien-a-la-parentalite-et-a-leducation": [24, "Famille Soutien à la parentalité et à l’éducation"],
        "famille--soutien-aidants": [25, "Famille Soutien aux aidants"],
        "famille--surmonter-conflits-separation-violence": [26, "Famille Surmonter les conflits liés à la séparation ou à la violence"],
        "lecture-ecriture-calcul--maitriser-le-calcul": [27, "Lecture, écriture et calcul Maîtriser le calcul"],
        "lecture-ecriture-calcul--maitriser-le-francais": [28, "Lecture, écriture et calcul Maîtriser le français"],
        "logement-hebergement--acheter-un-logement": [29, "Logement et hébergement Acheter un logement"],
        "logement-hebergement--changer-de-logement": [30, "Logement et hébergement Changer de logement"],
        "logement-hebergement--louer-un-logement": [31, "Logement et hébergement Louer un logement"],
        "logement-hebergement--rechercher-une-solution-dhebergement-temporaire": [32, "Logement et hébergement Rechercher une solution d’hébergement temporaire"],
        "logement-hebergement--reduire-les-impayes-de-loyer": [33, "Logement et hébergement Réduire les impayés de loyer"],
        "logement-hebergement--se-maintenir-dans-le-logement": [34, "Logement et hébergement Se maintenir dans le logement"],
        "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement": [35, "Logement et hébergement S’informer sur les démarches liées à l’accès au logement"],
        "mobilite--acceder-a-un-vehicule": [36, "Mobilité Accéder à un véhicule"],
        "mobilite--entretenir-reparer-son-vehicule": [37, "Mobilité Entretenir et réparer son véhicule"],
        "mobilite--etre-accompagne-dans-son-parcours-mobilite": [38, "Mobilité Être accompagné dans son parcours mobilité"],
        "mobilite--financer-ma-mobilite": [39, "Mobilité Financer ma mobilité"],
        "mobilite--mobilite-douce-partagee-collective": [40, "Mobilité Utiliser des services de mobilité douce, partagée ou collective"],
        "mobilite--preparer-un-permis": [41, "Mobilité Préparer un permis"],
        "numerique--acceder-a-des-services-en-ligne": [42, "Numérique Accéder à des services en ligne"],
        "numerique--acceder-a-une-connexion-internet": [43, "Numérique Accéder à une connexion Internet"],
        "numerique--acquerir-un-equipement": [44, "Numérique Acquérir un équipement"],
        "numerique--maitriser-les-fondamentaux-du-numerique": [45, "Numérique Maîtriser les fondamentaux du numérique"],
        "preparer-sa-candidature--developper-son-reseau": [46, "Préparer sa candidature Développer son réseau"],
        "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi": [47, "Préparer sa candidature Organiser ses démarches de recherche d’emploi"],
        "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation": [48, "Préparer sa candidature Réaliser un CV et/ou une lettre de motivation"],
        "preparer-sa-candidature--valoriser-ses-competences": [49, "Préparer sa candidature Valoriser ses compétences"],
        "remobilisation--activites-sportives-et-culturelles": [50, "Remobilisation Activités sportives et culturelles"],
        "remobilisation--benevolat-action-citoyenne": [51, "Remobilisation Bénévolat et action citoyenne"],
        "remobilisation--bien-etre-confiance-en-soi": [52, "Remobilisation Bien-être et confiance en soi"],
        "remobilisation--lien-social": [53, "Remobilisation Lien social"],
        "sante--acces-aux-soins": [54, "Santé Accès aux soins"],
        "sante--addictions": [55, "Santé Addictions"],
        "sante--constituer-un-dossier-mdph-invalidite": [56, "Santé Constituer un dossier MDPH pour invalidité"],
        "sante--sante-mentale": [57, "Santé Santé mentale"],
        "sante--sante-sexuelle": [58, "Santé Santé sexuelle"],
        "se-former--monter-son-dossier-de-formation": [59, "Se former Monter son dossier de formation"],
        "se-former--trouver-sa-formation": [60, "Se former Trouver sa formation"],
        "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger": [61, "S’ouvrir à l’international Connaître les opportunités d’emploi à l’étranger"],
        "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger": [62, "S’ouvrir à l’international S’informer sur les aides pour travailler à l’étranger"],
        "souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france": [63, "S’ouvrir à l’international S’organiser suite à son retour en France"],
        "trouver-un-emploi--convaincre-un-recruteur-en-entretien": [64, "Trouver un emploi Convaincre un recruteur en entretien"],
        "trouver-un-emploi--faire-des-candidatures-spontanees": [65, "Trouver un emploi Faire des candidatures spontanées"],
        "trouver-un-emploi--maintien-dans-lemploi": [66, "Trouver un emploi Maintien dans l’emploi"],
        "trouver-un-emploi--repondre-a-des-offres-demploi": [67, "Trouver un emploi Répondre à des offres d’emploi"],
        "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs": [68, "Trouver un emploi Suivre ses candidatures et relancer les employeurs"],
        "actifs": [69, "Actifs"],
        "beneficiaires-des-minimas-sociaux": [70, "Bénéficiaires des minimas sociaux"],
        "demandeurs-emploi": [71, "Demandeurs d’emploi"],
        "etudiants": [72, "Étudiants"],
        "familles": [73, "Familles"],
        "femmes": [74, "Femmes"],
        "jeunes": [75, "Jeunes"],
        "personnes-en-situation-de-handicap": [76, "Personnes en situation de handicap"],
        "personnes-en-situation-durgence": [77, "Personnes en situation d’urgence"],
        "personnes-en-situation-juridique-specifique": [78, "Personnes en situation juridique spécifique"],
        "personnes-exilees": [79, "Personnes exilées"],
        "residents-qpv-frr": [80, "Résidents en QPV ou FRR"],
        "seniors": [81, "Séniors"],
        "tous-publics": [82, "Tous publics"],
        "60000-rebonds": [83, "60 000 Rebonds"],
        "aci": [84, "Structures d’Insertion par l’Activité Économique - Ateliers et Chantiers d’Insertion"],
        "action-logement": [85, "Action Logement"],
        "adie": [86, "Association pour le Droit à l’Initiative Économique"],
        "afpa": [87, "Agence Nationale pour la Formation Professionnelle des Adultes"],
        "agefiph": [88, "Agefiph"],
        "ai": [89, "Associations Intermédiaires"],
        "aidants-connect": [90, "Aidants Connect"],
        "alliance-villes-emploi": [91, "Alliance Villes Emploi"],
        "anlci": [92, "Agence Nationale de Lutte Contre l’Illettrisme"],
        "apprentis-dauteuil": [93, "Apprentis d’Auteuil"],
        "ase": [94, "Aide Sociale à l’Enfance"],
        "banques-alimentaires": [95, "Banques Alimentaires"],
        "caarud": [96, "Centres d’Accueil et d’Accompagnement à la Réduction de Risques pour Usagers de Drogues"],
        "cada": [97, "Centres d’Accueil de Demandeurs d’Asile"],
        "caf": [98, "Caisse d’Allocations Familiales"],
        "campus-connecte": [99, "Campus Connecté"],
        "cap-emploi-reseau-cheops": [100, "CAP Emploi - Réseau CHEOPS"],
        "cava": [101, "Centres d’Adaptation à la Vie Active"],
        "ccas-cias": [102, "Les Centres Communaux d’Action Sociale et les Centres Intercommunaux d’Action Sociale"],
        "chambres-consulaires": [103, "Chambres Consulaires"],
        "chantier-ecole": [104, "Réseau Chantier École"],
        "chrs": [105, "Centres d’Hébergement et de Réinsertion Sociale"],
        "chu": [106, "Centres d’Hébergement d’Urgence"],
        "cidff": [107, "Centres d’Information sur les Droits des Femmes et des Familles"],
        "cmp": [108, "Centres Médico-Psychologiques"],
        "cms": [109, "Centres Médico-Sociaux"],
        "cnam": [110, "Conservatoire National des Arts et Métiers"],
        "collectif-emploi": [111, "Collectif Emploi"],
        "communes": [112, "Communes, mairies, communautés de communes, etc."],
        "conseillers-numeriques": [113, "Conseillers Numériques"],
        "coorace": [114, "Fédération COORACE"],
        "cpam": [115, "Caisses Primaires d’Assurance Maladie"],
        "cph": [116, "Centres Provisoires d’Hébergement"],
        "creches-avip": [117, "Crèches à Vocation d’Insertion Professionnelle"],
        "crepi": [118, "CREPI"],
        "cresus": [119, "Fédération Française des Associations CRÉSUS"],
        "croix-rouge": [120, "Croix-Rouge"],
        "csapa": [121, "Centres de Soins, d’Accompagnement et de Prévention en Addictologie"],
        "delegataire-conseil-departemental": [122, "Organisation délégataire d’un Conseil Départemental"],
        "departements": [123, "Départements et Services Départementaux"],
        "duo-for-a-job": [124, "DUO for a JOB"],
        "ea": [125, "Entreprises Adaptées"],
        "eatt": [126, "Entreprises Adaptées de Travail Temporaire"],
        "ecoles-de-la-deuxieme-chance": [127, "Écoles de la 2ᵉ Chance"],
        "egee": [128, "Association EGEE"],
        "ei": [129, "Structures d’Insertion par l’Activité Économique - Entreprises d’Insertion"],
        "eiti": [130, "Structures d’Insertion par l’Activité Économique - Entreprises d’Insertion par le Travail Indépendant"],
        "emmaus": [131, "Emmaüs"],
        "epide": [132, "EPIDE"],
        "esat": [133, "Établissement et Service d’Accompagnement par le Travail"],
        "espaces-publics-numeriques": [134, "Espaces Publics Numériques"],
        "etcld": [135, "Expérimentation Territoriale contre le Chômage de Longue Durée"],
        "etti": [136, "Structures d’Insertion par l’Activité Économique - Entreprises de Travail Temporaire d’Insertion"],
        "fabrique-de-territoire": [137, "Fabrique de Territoire"],
        "face": [138, "Fondation FACE"],
        "fcsf": [139, "Fédération des Centres Sociaux et Socioculturels de France"],
        "federation-des-acteurs-de-la-solidarite": [140, "Fédération des Acteurs de la Solidarité"],
        "federation-professionnelle-femmes": [141, "Fédération Professionnelle pour les Femmes"],
        "france-active": [142, "France Active"],
        "france-service": [143, "France Service"],
        "france-travail": [144, "France Travail"],
        "french-tech": [145, "French Tech"],
        "geiq": [146, "GEIQ"],
        "grandes-ecoles-du-numerique": [147, "Grandes Écoles du Numérique"],
        "huda": [148, "Hébergement d’Urgence pour Demandeurs d’Asile"],
        "hup": [149, "Association H’UP"],
        "inae": [150, "INAÉ Nouvelle Aquitaine"],
        "initiative-france": [151, "Initiative France"],
        "konexio": [152, "Association Konexio"],
        "la-cravate-solidaire": [153, "La Cravate Solidaire"],
        "la-poste": [154, "La Poste"],
        "les-premieres": [155, "Les Premières"],
        "maison-departementale-de-lautonomie": [156, "Maisons Départementales de l’Autonomie"],
        "maisons-de-l-emploi": [157, "Maisons de l’Emploi"],
        "maisons-des-solidarites": [158, "Maisons Départementales des Solidarités (MDS)"],
        "mdph": [159, "Maisons Départementales pour les Personnes Handicapées (MDPH)"],
        "mission-locale": [160, "Mission Locale"],
        "mjc": [161, "Maisons des Jeunes et de la Culture"],
        "mobin": [162, "Mob’In"],
        "msap": [163, "Maisons de Services Au Public"],
        "mutualite-sociale-agricole": [164, "Mutualité Sociale Agricole"],
        "nqt": [165, "Association NQT"],
        "pimms-mediation": [166, "Point Information Médiation Multi Services"],
        "pjj": [167, "Protection Judiciaire de la Jeunesse"],
        "plie": [168, "Plans Locaux pour l’Insertion et l’Emploi"],
        "points-conseil-budget": [169, "Points Conseil Budget"],
        "points-justice": [170, "Points Justice"],
        "positive-planet": [171, "Positive Planet"],
        "regions": [172, "Régions, Préfectures et services régionaux"],
        "reseau-app": [173, "Réseau APP"],
        "reseau-bge": [174, "Réseau BGE"],
        "reseau-entreprendre": [175, "Réseau Entreprendre"],
        "reseau-information-jeunesse": [176, "Réseau Information Jeunesse"],
        "residences-fjt": [177, "Résidences - Foyers Jeunes Travailleurs"],
        "ressourceries": [178, "Ressourceries"],
        "restos-du-coeur": [179, "Restos du Coeur"],
        "secours-populaire": [180, "Secours Populaire"],
        "siao": [181, "Services Intégrés d’Accueil et d’Orientation"],
        "simplon": [182, "Simplon"],
        "singa": [183, "Association SINGA"],
        "snc": [184, "Solidarité Nouvelle Face au Chômage"],
        "spip": [185, "Services Pénitentiaires d’Insertion et de Probation"],
        "tous-tes-possibles": [186, "Tous Tes Possibles"],
        "unaf": [187, "Union Nationale de l’Aide aux Familles"],
        "unea": [188, "Union Nationale des Entreprises Adaptées"],
        "unis-cite": [189, "UnisCité"],
        "wimoov": [190, "Wimoov"]
    }'::jsonb -> v.value) l (entry)
    WHERE l.entry IS NOT NULL
$$;

-- Weights of 0122 — A: name; B: labels and publics_precisions; C: description. Plain expressions, so PostgreSQL inlines
-- them into the publication's SELECT.
CREATE FUNCTION marts.service_search_vector(nom text, description text, thematiques text[], publics text[], publics_precisions text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector('marts.french_unaccent', coalesce(nom, '')), 'A')
        || setweight(to_tsvector('marts.french_unaccent',
               marts.libelles(thematiques) || ' ' || marts.libelles(publics) || ' ' || coalesce(publics_precisions, '')), 'B')
        || setweight(to_tsvector('marts.french_unaccent', coalesce(description, '')), 'C')
$$;

CREATE FUNCTION marts.structure_search_vector(nom text, description text, reseaux_porteurs text[])
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector('marts.french_unaccent', coalesce(nom, '')), 'A')
        || setweight(to_tsvector('marts.french_unaccent', marts.libelles(reseaux_porteurs)), 'B')
        || setweight(to_tsvector('marts.french_unaccent', coalesce(description, '')), 'C')
$$;

CREATE OR REPLACE FUNCTION marts.services_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.search_vector := marts.service_search_vector(NEW.nom, NEW.description, NEW.thematiques, NEW.publics, NEW.publics_precisions);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION marts.structures_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.search_vector := marts.structure_search_vector(NEW.nom, NEW.description, NEW.reseaux_porteurs);
    RETURN NEW;
END
$$;

-- An insert that brings its vector (the publication) skips the trigger: the WHEN clause is checked without calling
-- plpgsql. An update of the texts still recomputes it, as before.
DROP TRIGGER services_search_vector ON marts.services;
DROP TRIGGER structures_search_vector ON marts.structures;
CREATE TRIGGER services_search_vector_insert
    BEFORE INSERT ON marts.services
    FOR EACH ROW WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION marts.services_search_vector();
CREATE TRIGGER services_search_vector_update
    BEFORE UPDATE OF nom, description, thematiques, publics, publics_precisions ON marts.services
    FOR EACH ROW EXECUTE FUNCTION marts.services_search_vector();
CREATE TRIGGER structures_search_vector_insert
    BEFORE INSERT ON marts.structures
    FOR EACH ROW WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION marts.structures_search_vector();
CREATE TRIGGER structures_search_vector_update
    BEFORE UPDATE OF nom, description, reseaux_porteurs ON marts.structures
    FOR EACH ROW EXECUTE FUNCTION marts.structures_search_vector();
