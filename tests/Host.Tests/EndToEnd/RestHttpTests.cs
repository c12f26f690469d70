using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>REST v1 on the real <c>serve</c> after a demo publication: the routes, the document and the docs are wired in.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RestHttpTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Serve_AnswersRestV1_DocumentsOnlyItInOpenApi_AndServesTheDocs()
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

        var page = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/services?sources=demo&size=2", UriKind.Relative));
        var document = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/openapi.json", UriKind.Relative));
        using var docs = await http.GetAsync(new Uri("/api/docs", UriKind.Relative));

        Assert.Equal(await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.services WHERE source = 'demo'"), page.GetProperty("total").GetInt64());
        Assert.Equal(2, page.GetProperty("size").GetInt32());
        Assert.False(string.IsNullOrEmpty(page.GetProperty("next").GetString()));
        // The producers' submission API also lives under /api/v1, but it is not data·inclusion's: not in this document.
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/search/services", paths);
        Assert.All(paths, p => Assert.DoesNotContain("producers", p, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
    }
}
