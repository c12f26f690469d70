using DataInclusion.GraphQL.Http.GraphiQL;

namespace DataInclusion.Host.Web.Home;

/// <summary>
/// The tabs GraphiQL opens on at a first visit: services near a commune for a thématique (what a portal asks most),
/// then the référentiels whose values the filters take.
/// </summary>
internal static class GraphiQLExamples
{
    public const string ServicesNearACommune = """
        # Bienvenue sur l'API GraphQL du référentiel de l'offre d'insertion (schéma data·inclusion v1).
        #
        # Cet exemple cherche les services proches d'une commune pour une thématique :
        #  - codeCommune : le code INSEE de la commune de la personne (59350 = Lille) ; les services dont la zone
        #    d'éligibilité ne couvre pas cette commune sont écartés ;
        #  - thematiques : une thématique (categorie--thematique) ou une catégorie entière (ici « numerique ») ;
        #  - distanceKm : le rayon autour du centre de la commune (50 km par défaut). Les services à distance sont inclus.
        # Les résultats sont triés par distance. Modifiez les variables (panneau du bas) puis lancez la requête (Ctrl+Entrée).
        #
        # Les valeurs possibles des filtres (thématiques, publics, frais…) sont dans l'onglet « Referentiels » ;
        # le schéma complet est dans la documentation (icône de livre, à gauche).
        query ServicesProches($codeCommune: String!, $thematiques: [String!], $distanceKm: Float) {
          searchServices(codeCommune: $codeCommune, thematiques: $thematiques, distanceKm: $distanceKm, first: 10) {
            totalCount
            edges {
              distanceKm
              node {
                id
                nom
                thematiques
                frais
                modesAccueil
                structure {
                  nom
                  commune
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
        """;

    public const string ServicesNearACommuneVariables = """
        {
          "codeCommune": "59350",
          "thematiques": ["numerique"],
          "distanceKm": 20
        }
        """;

    public const string Referentiels = """
        # Les référentiels du schéma data·inclusion : les valeurs que prennent les filtres et les champs.
        # Une catégorie de thématiques vaut pour toutes ses thématiques dans un filtre.
        query Referentiels {
          categoriesThematiques { value label }
          thematiques { value label categorie }
          publics { value label }
          frais { value label }
          modesAccueil { value label }
          typesServices { value label }
        }
        """;

    public static IReadOnlyList<GraphiQLTab> Tabs { get; } =
    [
        new(ServicesNearACommune, ServicesNearACommuneVariables),
        new(Referentiels),
    ];
}
