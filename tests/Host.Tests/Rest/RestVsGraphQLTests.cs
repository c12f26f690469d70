using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>
/// Issue 12 "done when": the same questions through GraphQL and through REST v1, on the same published fixture
/// (<see cref="PortalMarts"/>), give the same records in the same order (and, in the searches, the same distances).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestVsGraphQLTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;
    private RestServer _server = null!;

    public async Task InitializeAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(db);
        _dataSource = NpgsqlDataSource.Create(db);
        _schema = MartsSchema.Build(_dataSource);
        _server = await RestServer.StartAsync(_dataSource);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    [Theory]
    [InlineData("services(sources: [\"alpha\"])", "/services?sources=alpha")]
    [InlineData("services(reseauxPorteurs: [\"aci\"])", "/services?reseaux_porteurs=aci")]
    [InlineData("services(thematiques: [\"mobilite\"])", "/services?thematiques=mobilite")]
    [InlineData("services(thematiques: [\"mobilite--acceder-a-un-vehicule\", \"numerique\"])", "/services?thematiques=mobilite--acceder-a-un-vehicule&thematiques=numerique")]
    [InlineData("services(codeDepartement: \"44\", frais: [\"gratuit\"], modesAccueil: [\"en-presentiel\"])", "/services?code_departement=44&frais=gratuit&modes_accueil=en-presentiel")]
    [InlineData("services(publics: [\"familles\", \"demandeurs-emploi\"])", "/services?publics[]=familles&publics[]=demandeurs-emploi")]
    [InlineData("services(types: [\"formation\", \"atelier\"])", "/services?types=formation&types=atelier")]
    [InlineData("services(slugRegion: \"pays-de-la-loire\", types: [\"formation\"])", "/services?slug_region=pays-de-la-loire&types=formation")]
    [InlineData("services(codeCommune: \"44020\")", "/services?code_commune=44020")]
    [InlineData("services(codeEpci: \"244400404\", publics: [\"familles\"])", "/services?code_epci=244400404&publics=familles")]
    [InlineData("services(updatedSince: \"2026-03-01T00:00:00.000001Z\")", "/services?updated_since=2026-03-01T00:00:00.000001Z")]
    [InlineData("services(recherchePublic: \"numérique\")", "/services?recherche_public=num%C3%A9rique")]
    [InlineData("services(recherchePublic: \"famille OR jeunes\")", "/services?recherche_public=famille%20OR%20jeunes")]
    [InlineData("services(exclureDoublons: true, first: 3)", "/services?exclure_doublons=true&size=3")]
    [InlineData("structures(reseauxPorteurs: [\"adie\", \"aci\"])", "/structures?reseaux_porteurs=adie&reseaux_porteurs=aci")]
    [InlineData("structures(slugDepartement: \"vendee\")", "/structures?slug_departement=vendee")]
    [InlineData("structures(codeRegion: \"52\", updatedSince: \"2026-03-01\")", "/structures?code_region=52&updated_since=2026-03-01")]
    [InlineData("searchServices(codeCommune: \"44109\")", "/search/services?code_commune=44109")]
    [InlineData("searchServices(codeCommune: \"44109\", thematiques: [\"mobilite\"])", "/search/services?code_commune=44109&thematiques=mobilite")]
    [InlineData("searchServices(latitude: 46.7, longitude: -1.45, distanceKm: 70)", "/search/services?lat=46.7&lon=-1.45&distance=70")]
    [InlineData("searchServices(codeCommune: \"85191\", recherchePublic: \"emploi\")", "/search/services?code_commune=85191&recherche_public=emploi")]
    [InlineData("search(q: \"solidaire\")", "/search?q=solidaire")]
    [InlineData("search(q: \"permis\", codeCommune: \"44109\")", "/search?q=permis&code_commune=44109")]
    [InlineData("search(q: \"aide\", codeDepartement: \"44\", frais: [\"gratuit\"])", "/search?q=aide&code_departement=44&frais=gratuit")]
    [InlineData("service(id: \"gamma--v4\")", "/services/gamma--v4")]
    [InlineData("structure(id: \"beta--s2\")", "/structures/beta--s2")]
    [InlineData("services(first: 2)", "/services?size=2")]
    [InlineData("services(first: 2, after: \"aWQ6YWxwaGEtLXYy\")", "/services?size=2&page=2")]
    [InlineData("searchServices(codeCommune: \"44109\", first: 1, after: \"a2V5OnxhbHBoYS0tdjI=\")", "/search/services?code_commune=44109&size=1&page=4")]
    public async Task GraphQLAndRest_SameQuestion_SameRecordsInTheSameOrder(string graphQL, string rest)
    {
        var data = await MartsSchema.DataAsync(_schema, $"{{ r: {graphQL} {{ {Selection(graphQL)} }} }}");
        var body = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1" + rest, UriKind.Relative));

        var expected = FromGraphQL(data.GetProperty("r"));
        var actual = FromRest(body);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), actual.Select(a => a.Id));
        // GraphQL gives km to two decimals, REST whole km (data·inclusion's): the same distance, each rounded once.
        Assert.All(expected.Zip(actual), pair => Assert.True(
            pair.First.Km is null ? pair.Second.Km is null : pair.Second.Km is { } km && Math.Abs(pair.First.Km.Value - km) <= 0.505,
            $"{pair.First.Id}: GraphQL {pair.First.Km}, REST {pair.Second.Km}"));
    }

    private static string Selection(string graphQL) => graphQL.Split('(')[0] switch
    {
        "services" or "structures" => "edges { node { id } }",
        "searchServices" => "edges { distanceKm node { id } }",
        "search" => "edges { distanceKm service { id } structure { id } }",
        _ => "id",
    };

    private static List<(string Id, double? Km)> FromGraphQL(JsonElement result) => result.TryGetProperty("edges", out var edges)
        ? edges.EnumerateArray().Select(e =>
        {
            var record = e.TryGetProperty("node", out var node) ? node : e.GetProperty("service").ValueKind != JsonValueKind.Null ? e.GetProperty("service") : e.GetProperty("structure");
            return (record.GetProperty("id").GetString()!, e.TryGetProperty("distanceKm", out var km) && km.ValueKind != JsonValueKind.Null ? km.GetDouble() : (double?)null);
        }).ToList()
        : [(result.GetProperty("id").GetString()!, null)];

    private static List<(string Id, double? Km)> FromRest(JsonElement body) => body.TryGetProperty("items", out var items)
        ? items.EnumerateArray().Select(item =>
        {
            var record = item.TryGetProperty("service", out var service) ? service : item.TryGetProperty("structure", out var structure) ? structure : item;
            return (record.GetProperty("id").GetString()!, item.TryGetProperty("distance", out var km) && km.ValueKind != JsonValueKind.Null ? km.GetInt32() : (double?)null);
        }).ToList()
        : [(body.GetProperty("id").GetString()!, null)];
}
