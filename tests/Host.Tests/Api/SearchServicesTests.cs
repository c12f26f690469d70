using System.Globalization;
using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// Issue 12 §1 searchServices: eligibility, range (at its boundary), remote services, distances and order, on services
/// placed due north of Nantes' centre at known great-circle distances (on earthdistance's sphere, a degree of latitude
/// is R·π/180 km, R = 6378.168 km).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchServicesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const double NantesLatitude = 47.2382;
    private const double NantesLongitude = -1.5603;
    // Nantes Métropole: marts.communes has it from the offline COG.
    private const string NantesEpci = "244400404";

    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "geo--s", nom = "Structure", code_insee = "44109" });
        await PortalMarts.InsertAsync(db, "marts.services",
            Service("a05", 5, ["a-distance", "en-presentiel"]),
            Service("b10", 10, ["en-presentiel"]),
            Service("c20dep", 20, ["en-presentiel"], ["44"]),
            Service("d20otherdep", 20, ["en-presentiel"], ["85"]),
            Service("e20commune", 20, ["en-presentiel"], ["44109"]),
            Service("f20othercommune", 20, ["en-presentiel"], ["44020"]),
            Service("g20epci", 20, ["en-presentiel"], [NantesEpci]),
            Service("g21otherepci", 20, ["en-presentiel"], ["200000000"]),
            Service("h20france", 20, ["en-presentiel"], ["france"]),
            Service("i20pays", 20, ["en-presentiel"], ["99100"]),
            Service("j4999", 49.99, ["en-presentiel"]),
            Service("k5001", 50.01, ["en-presentiel"]),
            Service("l300remote", 300, ["a-distance"]),
            Service("m300remoteineligible", 300, ["a-distance"], ["85"]),
            Service("n3nomodes", 3, null),
            Service("o-nocoords", null, ["en-presentiel"]),
            Service("p5001hybrid", 50.01, ["en-presentiel", "a-distance"]));
        _dataSource = NpgsqlDataSource.Create(db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task FromACommune_EligibleWithinRangeOrRemote_OrderedByDistanceThenId()
    {
        var results = await SearchAsync("codeCommune: \"44109\"");

        Assert.Equal(
            ["a05:5", "b10:10", "c20dep:20", "e20commune:20", "g20epci:20", "h20france:20", "i20pays:20", "j4999:49.99",
             "l300remote:-", "n3nomodes:-", "p5001hybrid:-"],
            results);
    }

    [Fact]
    public async Task Range_IsDistanceKm_AndRemoteServicesStayWhateverTheRange()
    {
        var results = await SearchAsync("codeCommune: \"44109\", distanceKm: 15");

        Assert.Equal(["a05:5", "b10:10", "l300remote:-", "n3nomodes:-", "p5001hybrid:-"], results);
    }

    [Fact]
    public async Task FromCoordinates_DistanceOnly_NoEligibility()
    {
        var results = await SearchAsync(string.Create(CultureInfo.InvariantCulture, $"latitude: {NantesLatitude}, longitude: {NantesLongitude}"));

        Assert.Equal(
            ["a05:5", "b10:10", "c20dep:20", "d20otherdep:20", "e20commune:20", "f20othercommune:20", "g20epci:20", "g21otherepci:20",
             "h20france:20", "i20pays:20", "j4999:49.99", "l300remote:-", "m300remoteineligible:-", "n3nomodes:-", "p5001hybrid:-"],
            results);
    }

    [Fact]
    public async Task Pages_FollowTheSameOrder_WithTotalCount()
    {
        var all = await SearchAsync("codeCommune: \"44109\"");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await MartsSchema.DataAsync(_schema,
                "query($after: String) { searchServices(codeCommune: \"44109\", first: 3, after: $after) { totalCount edges { cursor distanceKm node { id } } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after });
            var connection = data.GetProperty("searchServices");
            Assert.Equal(all.Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(Results(connection));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(all, seen);
    }

    [Theory]
    [InlineData("codeCommune: \"99999\"", "commune inconnue : « 99999 »")]
    [InlineData("latitude: 47.2", "latitude et longitude vont ensemble")]
    [InlineData("codeCommune: \"44109\", distanceKm: 0", "la distance doit être comprise entre 0 (exclu) et 1000 km")]
    [InlineData("codeCommune: \"44109\", thematiques: [\"sante--\"]", "Vouliez-vous dire")]
    public async Task BadPlaces_AreClearErrors(string arguments, string message)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = _schema, Query = $"{{ searchServices({arguments}) {{ totalCount }} }}" });

        var error = Assert.Single(result.Errors!);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(["searchServices"], error.Path!);
    }

    private async Task<List<string>> SearchAsync(string arguments)
    {
        var data = await MartsSchema.DataAsync(_schema, $"{{ searchServices({arguments}, first: 1000) {{ edges {{ distanceKm node {{ id }} }} }} }}");
        return Results(data.GetProperty("searchServices"));
    }

    private static List<string> Results(JsonElement connection) => connection.GetProperty("edges").EnumerateArray()
        .Select(e => e.GetProperty("node").GetProperty("id").GetString()!["geo--".Length..] + ":"
            + (e.GetProperty("distanceKm").ValueKind == JsonValueKind.Null ? "-" : e.GetProperty("distanceKm").GetDouble().ToString(CultureInfo.InvariantCulture)))
        .ToList();

    // A service `km` due north of Nantes' centre (no coordinates when null).
    private static object Service(string id, double? km, string[]? modes, string[]? zones = null) => new
    {
        id = "geo--" + id,
        structure_id = "geo--s",
        nom = "Service " + id,
        description = "Un service.",
        latitude = km is { } d ? NantesLatitude + (d / (6378.168 * Math.PI / 180)) : (double?)null,
        longitude = km is null ? (double?)null : NantesLongitude,
        modes_accueil = modes,
        zone_eligibilite = zones,
    };
}
