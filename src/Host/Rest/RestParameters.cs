using DataInclusion.Normalize;

namespace DataInclusion.Host.Rest;

/// <summary>The query parameters of each REST v1 endpoint: data·inclusion's names (reference §5.2), plus ours (<c>code_epci</c>, <c>updated_since</c>, <c>cursor</c>).</summary>
internal static class RestParameters
{
    public const int DefaultSize = 5000;
    public const int MaxSize = 10_000;

    private static readonly RestParameter s_page = new("page", RestParameterKind.Integer, "Numéro de page, à partir de 1.", Default: "1");
    private static readonly RestParameter s_size = new("size", RestParameterKind.Integer, $"Taille de page, de 1 à {MaxSize}.", Default: DefaultSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static readonly RestParameter s_cursor = new("cursor", RestParameterKind.Text,
        "Curseur opaque : le champ `next` de la page précédente. Pagination par clé (id, ou distance puis id), stable d'une publication à l'autre ; exclut `page`.");

    private static readonly RestParameter s_sources = new("sources", RestParameterKind.Texts, "Seulement ces sources (slugs, ex. dora).");
    private static readonly RestParameter s_reseaux = new("reseaux_porteurs", RestParameterKind.Texts, "Seulement les structures (ou les services de structures) d'un de ces réseaux porteurs.", Values(Referentiels.ReseauxPorteurs));
    private static readonly RestParameter s_codeCommune = new("code_commune", RestParameterKind.Text, "Code INSEE de la commune (ex. 44109).");
    private static readonly RestParameter s_codeDepartement = new("code_departement", RestParameterKind.Text, "Code du département (ex. 44, 2A, 971).");
    private static readonly RestParameter s_slugDepartement = new("slug_departement", RestParameterKind.Text, "Slug du département (ex. loire-atlantique).");
    private static readonly RestParameter s_codeRegion = new("code_region", RestParameterKind.Text, "Code de la région (ex. 52).");
    private static readonly RestParameter s_slugRegion = new("slug_region", RestParameterKind.Text, "Slug de la région (ex. pays-de-la-loire).");
    private static readonly RestParameter s_codeEpci = new("code_epci", RestParameterKind.Text, "SIREN de l'EPCI (ex. 244400404). Propre à ce référentiel.");
    private static readonly RestParameter s_thematiques = new("thematiques", RestParameterKind.Texts,
        "Au moins une de ces thématiques ; une catégorie (ex. mobilite) vaut toutes ses thématiques.",
        [.. Values(Referentiels.CategoriesThematiques), .. Values(Referentiels.Thematiques)]);
    private static readonly RestParameter s_frais = new("frais", RestParameterKind.Texts, "Un de ces frais.", Values(Referentiels.Frais));
    private static readonly RestParameter s_publics = new("publics", RestParameterKind.Texts, "Ouvert à un de ces publics (un service tous-publics l'est toujours).", Values(Referentiels.Publics));
    private static readonly RestParameter s_recherchePublic = new("recherche_public", RestParameterKind.Text,
        "Recherche plein texte (français, sans accents ; syntaxe websearch) dans les libellés des publics et publics_precisions.");
    private static readonly RestParameter s_modesAccueil = new("modes_accueil", RestParameterKind.Texts, "Un de ces modes d'accueil.", Values(Referentiels.ModesAccueil));
    private static readonly RestParameter s_types = new("types", RestParameterKind.Texts, "Un de ces types de service.", Values(Referentiels.TypesDeServices));
    private static readonly RestParameter s_score = new("score_qualite_minimum", RestParameterKind.Number, "Score de qualité minimal (0 à 1).");
    private static readonly RestParameter s_doublons = new("exclure_doublons", RestParameterKind.Boolean, "Seulement la meilleure structure de chaque groupe de doublons (et ses services).", Default: "false");
    private static readonly RestParameter s_updatedSince = new("updated_since", RestParameterKind.Instant,
        "Seulement ce que nous avons publié ou modifié depuis cet instant (RFC 3339, ou une date : minuit UTC), pour une synchronisation incrémentale. Propre à ce référentiel.");
    private static readonly RestParameter s_lat = new("lat", RestParameterKind.Number, "Latitude WGS 84 du centre de recherche (avec lon).");
    private static readonly RestParameter s_lon = new("lon", RestParameterKind.Number, "Longitude WGS 84 du centre de recherche (avec lat).");
    private static readonly RestParameter s_distance = new("distance", RestParameterKind.Number, "Rayon de recherche en km, ]0, 1000].", Default: "50");
    private static readonly RestParameter s_origin = new("code_commune", RestParameterKind.Text,
        "Commune de la personne (code INSEE) : centre de la recherche et zones d'éligibilité. Inconnue : 422.");
    private static readonly RestParameter s_q = new("q", RestParameterKind.Text, "Texte cherché (1 à 500 caractères ; mots, \"expressions\", or, -exclusion).");

    private static readonly RestParameter[] s_structureFilters =
        [s_sources, s_reseaux, s_codeRegion, s_slugRegion, s_codeDepartement, s_slugDepartement, s_codeCommune, s_codeEpci, s_doublons, s_score, s_updatedSince];

    private static readonly RestParameter[] s_serviceFilters =
        [s_sources, s_reseaux, s_thematiques, s_codeRegion, s_slugRegion, s_codeDepartement, s_slugDepartement, s_codeCommune, s_codeEpci,
         s_frais, s_publics, s_recherchePublic, s_modesAccueil, s_types, s_score, s_doublons, s_updatedSince];

    public static RestParameter[] Paging { get; } = [s_page, s_size, s_cursor];

    public static RestParameter[] StructureStream { get; } = s_structureFilters;

    public static RestParameter[] ServiceStream { get; } = s_serviceFilters;

    public static RestParameter[] Structures { get; } = [.. s_structureFilters, .. Paging];

    public static RestParameter[] Services { get; } = [.. s_serviceFilters, .. Paging];

    public static RestParameter[] SearchServices { get; } =
        [s_sources, s_reseaux, s_origin, s_lat, s_lon, s_distance, s_thematiques, s_frais, s_modesAccueil, s_publics, s_recherchePublic, s_types,
         s_score, s_doublons, s_updatedSince, .. Paging];

    public static RestParameter[] Search { get; } =
        [s_q, s_sources, s_origin, s_codeRegion, s_slugRegion, s_codeDepartement, s_slugDepartement, s_codeEpci, s_lat, s_lon, s_distance,
         s_thematiques, s_frais, s_modesAccueil, s_publics, s_types, s_score, .. Paging];

    private static string[] Values(Referentiel referentiel) => [.. referentiel.Values.Select(v => v.Value)];
}
