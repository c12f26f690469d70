using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Web.Home;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 12 §4: <c>/</c> of the real <c>serve</c> after a demo publication, and the example GraphiQL opens on.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class HomePageTests(PostgresFixture postgres)
{
    // A producer names its source: the page must show this as text, never as markup.
    private const string HostileName = "<script>alert('x')</script> & <b>Cie</b> \"quotée\"";

    [Fact]
    public async Task Home_AfterADemoRun_ShowsEachSourceCountsAndLastUpdate_AndEncodesAProducerName()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        await using (var add = await CliProcess.RunAsync(environment, ProducerHttp.CliTimeout, "producers", "add", "hostile", "--name", HostileName))
        {
            Assert.True(add.ExitCode == 0, add.ToString());
        }

        var structures = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'demo'");
        var services = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.services WHERE source = 'demo'");
        var endedAt = await Sql.ScalarAsync<string>(db,
            "SELECT to_char(max(ended_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM ops.runs WHERE source = 'demo' AND status = 'succeeded'");
        Assert.True(structures > 0 && services > 0);
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<main id=\"contenu\"", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Référentiel de l'offre d'insertion</h1>", page, StringComparison.Ordinal);
        Assert.Contains("schéma data·inclusion v1", page, StringComparison.Ordinal);
        foreach (var link in new[] { "/graphql", "/api/docs", "/opendata/", "/valider", HomePage.SchemaDocumentation })
        {
            Assert.Contains($"<a href=\"{link}\">", page, StringComparison.Ordinal);
        }

        var demo = Row(page, "demo");
        Assert.Matches($"<td class=\"n\">{structures}</td><td class=\"n\">{services}</td>", demo);
        Assert.Contains($"<time datetime=\"{endedAt}", demo, StringComparison.Ordinal);
        Assert.Contains("(heure de Paris)", demo, StringComparison.Ordinal);
        // A built-in source's description is English: marked so for screen readers.
        Assert.Contains("<span lang=\"en\">Sample producer feed", demo, StringComparison.Ordinal);
        Assert.Contains("<td>non (licence)</td>", demo, StringComparison.Ordinal);
        Assert.Contains("<td>pas encore publiée</td><td>oui</td>", Row(page, "dora"), StringComparison.Ordinal);

        var hostile = Row(page, "hostile");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;Cie&lt;/b&gt; &quot;quotée&quot;", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Cie", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">0</td><td class=\"n\">0</td><td>pas encore publiée</td>", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphiQLExample_IsInThePage_AndRunsAgainstTheSchema()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var expected = await Sql.ScalarAsync<long>(db, """
            SELECT count(*) FROM marts.services WHERE source = 'demo' AND code_insee = '59350' AND thematiques::text LIKE '%numerique--%'
            """);
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        pageRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var pageResponse = await http.SendAsync(pageRequest);
        var config = ConfigPattern().Match(await pageResponse.Content.ReadAsStringAsync()).Groups[1].Value;
        var tabs = JsonDocument.Parse(config).RootElement.GetProperty("defaultTabs");
        Assert.Equal(2, tabs.GetArrayLength());
        Assert.Equal(GraphiQLExamples.ServicesNearACommune, tabs[0].GetProperty("query").GetString());
        Assert.Contains("thematiques { value label categorie }", tabs[1].GetProperty("query").GetString(), StringComparison.Ordinal);

        // The example as GraphiQL sends it: the query and its variables.
        var body = JsonSerializer.Serialize(new
        {
            query = GraphiQLExamples.ServicesNearACommune,
            variables = JsonDocument.Parse(GraphiQLExamples.ServicesNearACommuneVariables).RootElement,
        });
        using var result = await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await result.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        var total = root.GetProperty("data").GetProperty("searchServices").GetProperty("totalCount").GetInt32();
        Assert.InRange(total, 1, expected);
        using var referentiels = await http.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { query = GraphiQLExamples.Referentiels }), Encoding.UTF8, "application/json"));
        var referentielsJson = await referentiels.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"errors\"", referentielsJson, StringComparison.Ordinal);
        Assert.Contains("\"trouver-un-emploi--repondre-a-des-offres-demploi\"", referentielsJson, StringComparison.Ordinal);
    }

    private static string Row(string page, string slug)
    {
        var match = Regex.Match(page, $"<tr id=\"source-{slug}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no row for {slug}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<script id=\"graphiql-config\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ConfigPattern();
}
