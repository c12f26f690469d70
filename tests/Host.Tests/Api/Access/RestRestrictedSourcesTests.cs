using System.Net;
using System.Text.RegularExpressions;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>
/// The REST v1 half of "one rule, tested across every entry point" (<see cref="RestrictedSourcesTests"/> covers
/// GraphQL): on the same fixture, every REST route that returns rows, counts or sources names a soliguide record only
/// to a token granted soliguide, and a lookup of one answers 404 to the others.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class RestRestrictedSourcesTests(PostgresFixture postgres)
{
    /// <summary>
    /// Each route, and the soliguide ids (sorted) a granted token reads in its answer (a service names its structure, a
    /// detailed structure its services and doublons); the others read none.
    /// </summary>
    private static readonly (string Path, string Seen)[] s_routes =
    [
        ("/api/v1/structures", "soliguide--p1"),
        ("/api/v1/structures?sources=soliguide", "soliguide--p1"),
        ("/api/v1/services", "soliguide--p1 soliguide--v1 soliguide--v2"),
        ("/api/v1/structures/alpha--s1", "soliguide--p1 soliguide--v2"),
        ("/api/v1/search/services?code_commune=44109", "soliguide--p1 soliguide--v1"),
        ("/api/v1/search?q=%C3%A9picerie", "soliguide--p1 soliguide--v1 soliguide--v2"),
        ("/api/v1/structures.ndjson", "soliguide--p1"),
        ("/api/v1/services.ndjson", "soliguide--p1 soliguide--v1 soliguide--v2"),
    ];

    [Fact]
    public async Task EveryRestRoute_NamesSoliguideRecords_OnlyToATokenGrantedSoliguide()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: ["soliguide"]);
        var others = new[] { null, await host.CreateTokenAsync("portail"), await host.CreateTokenAsync("operateur", ApiScope.Admin) };
        using var http = host.Client();

        var wrong = new List<string>();
        foreach (var (path, seen) in s_routes)
        {
            var (status, ids) = await SoliguideIdsAsync(http, path, granted);
            if (status != HttpStatusCode.OK || ids != seen)
            {
                wrong.Add($"{path}, granted: {(int)status} [{ids}], expected [{seen}]");
            }

            foreach (var token in others)
            {
                (status, ids) = await SoliguideIdsAsync(http, path, token);
                if (status != HttpStatusCode.OK || ids.Length > 0)
                {
                    wrong.Add($"{path}, {(token is null ? "no token" : "token without the grant")}: {(int)status} [{ids}]");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("/api/v1/structures/soliguide--p1")]
    [InlineData("/api/v1/services/soliguide--v1")]
    [InlineData("/api/v1/services/soliguide--v2")]
    public async Task ARestrictedRecordsLookup_Is404_UnlessTheTokenIsGrantedItsSource(string path)
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: ["soliguide"]);
        var other = await host.CreateTokenAsync("portail");
        using var http = host.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await SoliguideIdsAsync(http, path, null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SoliguideIdsAsync(http, path, other)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SoliguideIdsAsync(http, path, granted)).Status);
    }

    [Fact]
    public async Task Sources_ListsSoliguide_OnlyToATokenGrantedIt()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: ["soliguide"]);
        using var http = host.Client();

        using var anonymous = await http.SendAsync(ApiHost.Get("/api/v1/sources"));
        var publicList = await anonymous.Content.ReadAsStringAsync();
        Assert.Contains("\"dora\"", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("soliguide", publicList, StringComparison.Ordinal);
        using var seen = await http.SendAsync(ApiHost.Get("/api/v1/sources", granted));
        Assert.Contains("\"soliguide\"", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The distinct soliguide ids a response names anywhere (items, nested structure, services, doublons, NDJSON lines).
    private static async Task<(HttpStatusCode Status, string Ids)> SoliguideIdsAsync(HttpClient http, string path, string? token)
    {
        using var response = await http.SendAsync(ApiHost.Get(path, token));
        var body = await response.Content.ReadAsStringAsync();
        var ids = SoliguideId().Matches(body).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
        return (response.StatusCode, string.Join(' ', ids));
    }

    [GeneratedRegex("soliguide--[a-z0-9]+")]
    private static partial Regex SoliguideId();
}
