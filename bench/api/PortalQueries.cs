using System.Text.Json;
using Npgsql;

namespace DataInclusion.Api.Bench;

/// <summary>
/// The four portal queries of issue 8 and the two searches of issue 12, with arguments drawn from the published data so
/// that every request finds rows.
/// </summary>
internal sealed class PortalQueries
{
    public const string ServicesOfCommune =
        "query($c: String!, $t: [String!]) { services(codeCommune: $c, thematiques: $t, first: 20) "
        + "{ totalCount edges { node { id nom structure { nom telephone } } } } }";

    public const string StructuresOfDepartement =
        "query($d: String!) { structures(codeDepartement: $d, first: 50) { edges { node { id nom services { nom } } } } }";

    public const string ServiceById =
        "query($id: ID!) { service(id: $id) { id nom description structure { id nom telephone commune } } }";

    public const string JeunesOfDepartement =
        "query($d: String!) { services(codeDepartement: $d, publics: [\"jeunes\"], first: 100) { edges { node { id nom commune } } } }";

    public const string SearchServicesNearCommune =
        "query($c: String!, $t: [String!]) { searchServices(codeCommune: $c, thematiques: $t, first: 20) "
        + "{ totalCount edges { distanceKm node { id nom structure { nom telephone } } } } }";

    public const string FullTextSearch =
        "query($q: String!) { search(q: $q, first: 20) { edges { score service { id nom } structure { id nom } } } }";

    public static readonly string[] Names =
        ["commune+categorie", "departement structures", "service(id)", "departement jeunes", "searchServices", "search"];

    /// <summary>
    /// The queries a mix sends in turn: <c>portal</c> the four of issue 8 (its goal is measured on them alone),
    /// <c>all</c> the six.
    /// </summary>
    public static int[] Mix(string name) => name switch
    {
        "portal" => [0, 1, 2, 3],
        "all" => Enumerable.Range(0, Names.Length).ToArray(),
        _ => throw new ArgumentException($"unknown --mix {name} (portal or all)"),
    };

    private readonly (string Commune, string Categorie)[] _communes;
    private readonly string[] _departements;
    private readonly string[] _serviceIds;
    private readonly (string Commune, string Categorie)[] _searchCommunes;
    private readonly string[] _words;

    private PortalQueries((string, string)[] communes, string[] departements, string[] serviceIds, (string, string)[] searchCommunes, string[] words)
    {
        _communes = communes;
        _departements = departements;
        _serviceIds = serviceIds;
        _searchCommunes = searchCommunes;
        _words = words;
    }

    /// <summary>Arguments sampled from the marts (a fixed seed, so two runs ask the same things).</summary>
    public static async Task<PortalQueries> SampleAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        async Task<List<string[]>> Rows(string sql)
        {
            var rows = new List<string[]>();
            await using var command = dataSource.CreateCommand("SELECT setseed(0.42); " + sql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
            }

            return rows;
        }

        var communes = await Rows("SELECT code_insee, split_part(thematiques[1], '--', 1) FROM marts.services "
            + "WHERE code_insee IS NOT NULL AND cardinality(thematiques) > 0 ORDER BY random() LIMIT 2000");
        var departements = await Rows("SELECT DISTINCT left(code_insee, 2) FROM marts.structures WHERE code_insee ~ '^[0-8]'");
        var ids = await Rows("SELECT id FROM marts.services ORDER BY random() LIMIT 5000");
        // searchServices needs a commune of the COG (marts.communes); search, words of the published names.
        var searchCommunes = await Rows("SELECT s.code_insee, split_part(s.thematiques[1], '--', 1) FROM marts.services s "
            + "JOIN marts.communes c ON c.code_insee = s.code_insee WHERE cardinality(s.thematiques) > 0 ORDER BY random() LIMIT 2000");
        var words = await Rows("SELECT w FROM (SELECT DISTINCT lower(w) w FROM (SELECT regexp_split_to_table(nom, '[^[:alpha:]]+') w "
            + "FROM (SELECT nom FROM marts.services ORDER BY random() LIMIT 5000) n) x WHERE length(w) > 4) y ORDER BY random() LIMIT 300");
        if (communes.Count == 0 || ids.Count == 0 || searchCommunes.Count == 0 || words.Count == 0)
        {
            throw new InvalidOperationException("the marts are empty: publish a feed first (bench/pipeline --keep, or without --reuse)");
        }

        return new PortalQueries(communes.Select(r => (r[0], r[1])).ToArray(), departements.Select(r => r[0]).ToArray(),
            ids.Select(r => r[0]).ToArray(), searchCommunes.Select(r => (r[0], r[1])).ToArray(), words.Select(r => r[0]).ToArray());
    }

    /// <summary>Query <paramref name="kind"/> (0–5, see <see cref="Names"/>) with arguments drawn from <paramref name="random"/>.</summary>
    public PortalRequest Draw(int kind, Random random) => kind switch
    {
        0 => Pick(random, _communes) is var (c, t)
            ? new PortalRequest(kind, ServicesOfCommune, new Dictionary<string, object?> { ["c"] = c, ["t"] = new List<object?> { t } })
            : throw new InvalidOperationException(),
        1 => new PortalRequest(kind, StructuresOfDepartement, new Dictionary<string, object?> { ["d"] = Pick(random, _departements) }),
        2 => new PortalRequest(kind, ServiceById, new Dictionary<string, object?> { ["id"] = Pick(random, _serviceIds) }),
        3 => new PortalRequest(kind, JeunesOfDepartement, new Dictionary<string, object?> { ["d"] = Pick(random, _departements) }),
        4 => Pick(random, _searchCommunes) is var (c, t)
            ? new PortalRequest(kind, SearchServicesNearCommune, new Dictionary<string, object?> { ["c"] = c, ["t"] = new List<object?> { t } })
            : throw new InvalidOperationException(),
        _ => new PortalRequest(kind, FullTextSearch, new Dictionary<string, object?> { ["q"] = Pick(random, _words) }),
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}

/// <summary>One request of the mix: which query, its document and its variables.</summary>
internal sealed record PortalRequest(int Kind, string Query, Dictionary<string, object?> Variables)
{
    public string Body() => JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = Query, ["variables"] = Variables });

    /// <summary>
    /// The same question to REST v1 (issue 8 queries only): the lists answer data·inclusion's page envelope with its
    /// <c>total</c>, and a service by id comes with its structure. Query 1 lists the structures without their services'
    /// names (REST has no nested selection); the searches have no equivalent here.
    /// </summary>
    public string RestPath() => Kind switch
    {
        0 => $"/api/v1/services?code_commune={Escape("c")}&thematiques={Uri.EscapeDataString((string)((List<object?>)Variables["t"]!)[0]!)}&size=20",
        1 => $"/api/v1/structures?code_departement={Escape("d")}&size=50",
        2 => $"/api/v1/services/{Escape("id")}",
        3 => $"/api/v1/services?code_departement={Escape("d")}&publics=jeunes&size=100",
        _ => throw new ArgumentException($"query {Kind} has no REST equivalent in the bench: use --mix portal or --only 0-3 with --api rest"),
    };

    private string Escape(string variable) => Uri.EscapeDataString((string)Variables[variable]!);
}
