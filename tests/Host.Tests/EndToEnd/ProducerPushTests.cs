using System.Diagnostics;
using System.Net;
using System.Text;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.ProducerHttp;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 11 §2, done when: a producer created from the CLI pushes a file and sees it in GraphQL, through a real <c>serve</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProducerPushTests(PostgresFixture postgres)
{
    private const string Slug = "reseau-35";

    [Fact]
    public async Task AProducerCreatedFromTheCli_PushesAFile_AndSeesItInGraphQL_WithinOneCycleOfTheJobQueue()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = FastScheduler(db);
        var token = await AddAsync(environment, Slug, "--open-data", "--contact", "donnees@reseau35.fr");
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var accepted = await SendAsync(http, HttpMethod.Post, $"/api/v1/producers/{Slug}/submissions", token, SampleFiles(), idempotencyKey: "livraison-1");
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonAsync(accepted)).GetProperty("id").GetString()!;
        var location = accepted.Headers.Location!.ToString();
        Assert.Equal($"/api/v1/producers/{Slug}/submissions/{id}", location);

        var status = await WaitForStatusAsync(http, location, token, TimeSpan.FromSeconds(60));
        var elapsed = clock.Elapsed;
        Assert.True(status.GetProperty("status").GetString() == "succeeded", status.ToString());
        // The job is taken at the next poll of the queue (Scheduler__PollInterval = 1 s here) and the run is small.
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"published after {elapsed}");
        var published = status.GetProperty("counts").GetProperty("published").GetInt32();
        Assert.True(published > 0, status.ToString());
        Assert.Contains(status.GetProperty("report").EnumerateArray(), g => g.GetProperty("severity").GetString() == "error");

        using var graphql = await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(
            $$"""{"query":"{ structures(source: [\"{{Slug}}\"]) { totalCount } sources { slug inOpenData lastRun { status } } }"}""", Encoding.UTF8, "application/json"));
        var data = (await JsonAsync(graphql)).GetProperty("data");
        Assert.Equal(
            await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"),
            data.GetProperty("structures").GetProperty("totalCount").GetInt64());
        Assert.True(data.GetProperty("structures").GetProperty("totalCount").GetInt64() > 0);
        var source = data.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("slug").GetString() == Slug);
        Assert.True(source.GetProperty("inOpenData").GetBoolean());
        Assert.Equal("succeeded", source.GetProperty("lastRun").GetProperty("status").GetString());

        // The same Idempotency-Key is the same submission: no second run.
        using var replay = await SendAsync(http, HttpMethod.Post, $"/api/v1/producers/{Slug}/submissions", token, SampleFiles(), idempotencyKey: "livraison-1");
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(id, (await JsonAsync(replay)).GetProperty("id").GetString());
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM ops.runs WHERE source = '{Slug}'"));

        // The producer's page, for its token only.
        using var page = await SendAsync(http, HttpMethod.Get, $"/producteurs/{Slug}", token);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.Contains("publié", html, StringComparison.Ordinal);
        Assert.Contains("Rapport de validation", html, StringComparison.Ordinal);
        using var login = await http.GetAsync(new Uri($"/producteurs/{Slug}", UriKind.Relative));
        var loginHtml = await login.Content.ReadAsStringAsync();
        Assert.Contains("<label for=\"jeton\">", loginHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(id, loginHtml, StringComparison.Ordinal);
        using var form = await http.PostAsync(new Uri($"/producteurs/{Slug}", UriKind.Relative), new FormUrlEncodedContent([new("jeton", token)]));
        Assert.Contains(id, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Console.WriteLine($"push → published and visible: {elapsed.TotalSeconds:0.0} s");
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<System.Text.Json.JsonElement> WaitForStatusAsync(HttpClient http, string location, string token, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await SendAsync(http, HttpMethod.Get, location, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await JsonAsync(response);
            if (body.GetProperty("status").GetString() is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(200);
        }
    }
}
