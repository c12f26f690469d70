using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.GraphQL.Http.PersistedQueries;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 12 §1 on the real server: the cost limit, Automatic Persisted Queries and the operator's allow-list.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiAbuseLimitsTests(PostgresFixture postgres)
{
    private const string Count = "{ structures(first: 1) { totalCount } }";

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<JsonElement> PostAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), body);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    [Fact]
    public async Task EveryResponse_CarriesItsCost_AndApiMaxCost_RefusesDearerQueries()
    {
        var db = await postgres.CreateDatabaseAsync();
        var (serve, baseUri) = await ServeProcess.StartAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["Api__MaxCost"] = "50" }, "serve", "--no-scheduler");
        await using var server = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        // 1 (the connection) + 10 (totalCount) + 1 × (edge 1 + node 1).
        var cheap = await PostAsync(http, new { query = "{ structures(first: 1) { totalCount edges { node { nom } } } }" });
        Assert.Equal(0, cheap.GetProperty("data").GetProperty("structures").GetProperty("totalCount").GetInt32());
        Assert.Equal(13, cheap.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt64());
        Assert.Equal(50, cheap.GetProperty("extensions").GetProperty("cost").GetProperty("maximumAvailable").GetInt64());

        var dear = await PostAsync(http, new { query = "{ structures(first: 30) { edges { node { nom } } } }" });
        Assert.Equal("COST_LIMIT_EXCEEDED", Code(dear));
        Assert.StartsWith("The query costs 61, more than the 50 allowed per request", dear.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(dear.TryGetProperty("data", out _));
        Assert.Equal(61, dear.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt64());
    }

    [Fact]
    public async Task AutomaticPersistedQueries_RegisterOnFirstUse_ThenRunByHash_OverPostAndGet()
    {
        var db = await postgres.CreateDatabaseAsync();
        var (serve, baseUri) = await ServeProcess.StartAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, "serve", "--no-scheduler");
        await using var server = serve;
        using var http = new HttpClient { BaseAddress = baseUri };
        var hash = PersistedQueryHash.Of(Count);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await PostAsync(http, new { extensions = Persisted(hash) })));
        Assert.Equal("provided sha does not match query", (await PostAsync(http, new { query = "{ sources { slug } }", extensions = Persisted(hash) }))
            .GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Null(Code(await PostAsync(http, new { query = Count, extensions = Persisted(hash) })));

        var byHash = await PostAsync(http, new { extensions = Persisted(hash) });
        Assert.Equal(0, byHash.GetProperty("data").GetProperty("structures").GetProperty("totalCount").GetInt32());
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(Persisted(hash)));
        var get = await http.GetFromJsonAsync<JsonElement>(new Uri($"/graphql?extensions={extensions}", UriKind.Relative));
        Assert.Equal(0, get.GetProperty("data").GetProperty("structures").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AllowListOnly_ExecutesWhatTheOperatorRegistered_AndNothingElse()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["Api__PersistedQueries__AllowListOnly"] = "true",
            ["Api__PersistedQueries__RefreshInterval"] = "00:00:00",
        };
        var file = Path.Combine(Path.GetTempPath(), $"count-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(file, Count + "\n");
        string hash;
        await using (var add = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "queries", "add", file, "--name", "comptage"))
        {
            Assert.True(add.ExitCode == 0, add.ToString());
            hash = add.StandardOutput.Trim();
        }

        Assert.Equal(PersistedQueryHash.Of(Count), hash);
        await using (var invalid = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "queries", "add", WriteTemp("{ nope }")))
        {
            Assert.Equal(2, invalid.ExitCode);
            Assert.Contains("Cannot query field \"nope\"", invalid.StandardError, StringComparison.Ordinal);
        }

        await using (var list = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "queries", "list"))
        {
            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Contains(hash, list.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("comptage", list.StandardOutput, StringComparison.Ordinal);
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var server = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        Assert.Null(Code(await PostAsync(http, new { extensions = Persisted(hash) })));
        Assert.Null(Code(await PostAsync(http, new { query = Count })));
        var refused = await PostAsync(http, new { query = "{ sources { slug } }" });
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(refused));
        Assert.Contains("only executes registered queries", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        await using (var remove = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "queries", "remove", hash))
        {
            Assert.True(remove.ExitCode == 0, remove.ToString());
        }

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await PostAsync(http, new { extensions = Persisted(hash) })));
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(await PostAsync(http, new { query = Count })));
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"query-{Guid.NewGuid():N}.graphql");
        File.WriteAllText(path, text);
        return path;
    }
}
