using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary><c>/graphql</c> as portals and browsers reach it, on the real server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GraphQLHttpTests(PostgresFixture postgres)
{
    [Fact]
    public async Task GraphQL_AnswersPortalsOverHttp_AndServesGraphiQLToBrowsers()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var post = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative),
            new { query = "query Q($dep: String) { structures(first: 3, codeDepartement: $dep) { totalCount edges { node { id nom } } } }", variables = new { dep = "44" } });
        var body = await post.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(
            await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE code_insee LIKE '44%'"),
            body.GetProperty("data").GetProperty("structures").GetProperty("totalCount").GetInt64());

        using var invalid = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ structures { nope } }" });
        var invalidBody = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Cannot query field \"nope\"", invalidBody.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        // GraphiQL's introspection query nests type references about 15 levels deep: it must pass the depth limit.
        using var introspection = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            query = "{ __schema { types { name fields { args { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }",
        });
        var introspectionBody = await introspection.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(introspectionBody.TryGetProperty("errors", out var introspectionErrors), introspectionErrors.ToString());

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await http.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql", (await html.Content.ReadAsStringAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }
}
