using DataInclusion.Fakes.Browser;
using DataInclusion.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 4: headless Chromium loads GraphiQL from our own server's <c>/graphql</c>, runs a query and sees the marts' data.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GraphiQLBrowserTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string Query = "{ structures(first: 3, codeDepartement: \"44\") { edges { node { nom commune } } } }";

    [Fact]
    public async Task GraphiQL_ServedAtGraphQL_RunsAQueryAndShowsStructuresFromTheMarts()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        // The API pages by id: these are the three structures the query must show.
        var expected = await Sql.ColumnAsync(db, "SELECT nom FROM marts.structures WHERE code_insee LIKE '44%' ORDER BY id LIMIT 3");
        Assert.NotEmpty(expected);
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.NewPageAsync();

        // No `?query=` here: at /graphql a GET carrying `query` is a GraphQL request (GraphQL over HTTP), not the page,
        // so the query is typed into the editor.
        await GraphiQLDriver.OpenAsync(page, new Uri(baseUri, "/graphql"));
        Assert.Equal("/graphql", await page.EvaluateAsync<string>("location.pathname"));
        await GraphiQLDriver.TypeQueryAsync(page, Query);
        var response = await GraphiQLDriver.ExecuteAsync(page);

        output.WriteLine(response);
        Assert.DoesNotContain("\"errors\"", response, StringComparison.Ordinal);
        // The pane wraps long lines (a name may span two lines): compare without whitespace.
        Assert.All(expected, nom => Assert.Contains(Compact(nom), Compact(response), StringComparison.Ordinal));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
