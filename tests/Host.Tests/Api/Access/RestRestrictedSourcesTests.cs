using System.Net;
using System.Text.RegularExpressions;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>
/// The REST v1 half of "one rule, tested across every entry point" (<see cref="RestrictedSourcesTests"/> covers
/// GraphQL): on the same fixture, every REST route that returns rows, counts or sources names a soliguide record only
/// to a token granted soliguide, and a lookup of one answers 404 to the others; and the same for a restricted
/// producer account's source (<see cref="RestrictedSourcesTests.RestrictedProducer"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestRestrictedSourcesTests(PostgresFixture postgres)
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

    [Theory]
    [InlineData("soliguide")]
    [InlineData(RestrictedSourcesTests.RestrictedProducer)]
    public async Task EveryRestRoute_NamesARestrictedSourcesRecords_OnlyToATokenGrantedIt(string restricted)
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, restricted);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: [restricted]);
        var others = new[] { null, await host.CreateTokenAsync("portail"), await host.CreateTokenAsync("operateur", ApiScope.Admin) };
        using var http = host.Client();

        var wrong = new List<string>();
        foreach (var (route, routeSeen) in s_routes)
        {
            var (path, seen) = (route.Replace("soliguide", restricted, StringComparison.Ordinal), routeSeen.Replace("soliguide", restricted, StringComparison.Ordinal));
            var (status, ids) = await RestrictedIdsAsync(http, path, granted, restricted);
            if (status != HttpStatusCode.OK || ids != seen)
            {
                wrong.Add($"{path}, granted: {(int)status} [{ids}], expected [{seen}]");
            }

            foreach (var token in others)
            {
                (status, ids) = await RestrictedIdsAsync(http, path, token, restricted);
                if (status != HttpStatusCode.OK || ids.Length > 0)
                {
                    wrong.Add($"{path}, {(token is null ? "no token" : "token without the grant")}: {(int)status} [{ids}]");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("soliguide", "/api/v1/structures/soliguide--p1")]
    [InlineData("soliguide", "/api/v1/services/soliguide--v1")]
    [InlineData("soliguide", "/api/v1/services/soliguide--v2")]
    [InlineData(RestrictedSourcesTests.RestrictedProducer, "/api/v1/structures/partenaire--p1")]
    [InlineData(RestrictedSourcesTests.RestrictedProducer, "/api/v1/services/partenaire--v1")]
    public async Task ARestrictedRecordsLookup_Is404_UnlessTheTokenIsGrantedItsSource(string restricted, string path)
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, restricted);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: [restricted]);
        var other = await host.CreateTokenAsync("portail");
        using var http = host.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await RestrictedIdsAsync(http, path, null, restricted)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RestrictedIdsAsync(http, path, other, restricted)).Status);
        Assert.Equal(HttpStatusCode.OK, (await RestrictedIdsAsync(http, path, granted, restricted)).Status);
    }

    [Theory]
    [InlineData("soliguide")]
    [InlineData(RestrictedSourcesTests.RestrictedProducer)]
    public async Task Sources_ListsARestrictedSource_OnlyToATokenGrantedIt(string restricted)
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, restricted);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: [restricted]);
        using var http = host.Client();

        using var anonymous = await http.SendAsync(ApiHost.Get("/api/v1/sources"));
        var publicList = await anonymous.Content.ReadAsStringAsync();
        Assert.Contains("\"dora\"", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain(restricted, publicList, StringComparison.Ordinal);
        using var seen = await http.SendAsync(ApiHost.Get("/api/v1/sources", granted));
        Assert.Contains($"\"{restricted}\"", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The distinct ids of the restricted source a response names anywhere (items, nested structure, services, doublons, NDJSON lines).
    private static async Task<(HttpStatusCode Status, string Ids)> RestrictedIdsAsync(HttpClient http, string path, string? token, string restricted)
    {
        using var response = await http.SendAsync(ApiHost.Get(path, token));
        var body = await response.Content.ReadAsStringAsync();
        var ids = Regex.Matches(body, Regex.Escape(restricted) + "--[a-z0-9]+").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
        return (response.StatusCode, string.Join(' ', ids));
    }
}
