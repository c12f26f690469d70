using System.Net;
using System.Text;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.ProducerHttp;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Every refusal of the producers' doors, each with its status and a clear message, through a real <c>serve</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProducerRefusalTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TokensActOnlyOnTheirOwnProducer_SizesAndTypesAreChecked_AndFailedAttemptsAreThrottled()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["Producers__MaxSubmissionBytes"] = "2000",
            ["Producers__MaxFailedAttempts"] = "5",
        };
        var own = await AddAsync(environment, "reseau-35");
        var other = await AddAsync(environment, "asso-44");
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };
        const string Push = "/api/v1/producers/reseau-35/submissions";

        using var missing = await SendAsync(http, HttpMethod.Post, Push, null, Small());
        await AssertRefusedAsync(missing, HttpStatusCode.Unauthorized, "jeton.absent", "Jeton manquant");
        Assert.StartsWith("Bearer", missing.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        using var tooLarge = await SendAsync(http, HttpMethod.Post, Push, own, new StringContent(Padded(5000), Encoding.UTF8, "application/json"));
        await AssertRefusedAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "requete.trop_volumineuse", "2000 octets");

        using var wrongType = await SendAsync(http, HttpMethod.Post, Push, own, new StringContent("id,nom\n1,x\n", Encoding.UTF8, "text/plain"));
        await AssertRefusedAsync(wrongType, HttpStatusCode.UnsupportedMediaType, "requete.type_non_pris_en_charge", "multipart/form-data");

        // A producer registers its own feed, never one on our network.
        using var internalFeed = await SendAsync(http, HttpMethod.Put, "/api/v1/producers/reseau-35/feed", own, Feed("http://169.254.169.254/latest/meta-data"));
        await AssertRefusedAsync(internalFeed, HttpStatusCode.BadRequest, "flux.invalide", "adresse interne");
        using var localPath = await SendAsync(http, HttpMethod.Put, "/api/v1/producers/reseau-35/feed", own, Feed("/etc/passwd"));
        await AssertRefusedAsync(localPath, HttpStatusCode.BadRequest, "flux.invalide", "http(s) absolue");
        using var registered = await SendAsync(http, HttpMethod.Put, "/api/v1/producers/reseau-35/feed", own, Feed("http://93.184.215.14/structures.json"));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("http://93.184.215.14/structures.json", await Sql.ScalarAsync<string>(db, "SELECT structures_url FROM ops.producers WHERE slug = 'reseau-35'"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = 'reseau-35'"));

        using var unknown = await SendAsync(http, HttpMethod.Post, Push, "dip_not-a-token", Small());
        await AssertRefusedAsync(unknown, HttpStatusCode.Unauthorized, "jeton.invalide", "inconnu ou révoqué");

        using var otherProducer = await SendAsync(http, HttpMethod.Post, Push, other, Small());
        await AssertRefusedAsync(otherProducer, HttpStatusCode.Forbidden, "jeton.autre_producteur", "un autre producteur");
        using var otherFeed = await SendAsync(http, HttpMethod.Put, "/api/v1/producers/asso-44/feed", own, Feed("http://93.184.215.14/s.json"));
        await AssertRefusedAsync(otherFeed, HttpStatusCode.Forbidden, "jeton.autre_producteur", "un autre producteur");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.producers WHERE slug = 'asso-44' AND structures_url IS NOT NULL"));
        using var otherPage = await SendAsync(http, HttpMethod.Get, "/producteurs/asso-44", own);
        Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
        Assert.Contains("un autre producteur", await otherPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var revoke = await CliProcess.RunAsync(environment, CliTimeout, "producers", "revoke", "asso-44"))
        {
            Assert.Equal(0, revoke.ExitCode);
        }

        using var revoked = await SendAsync(http, HttpMethod.Post, "/api/v1/producers/asso-44/submissions", other, Small());
        await AssertRefusedAsync(revoked, HttpStatusCode.Unauthorized, "jeton.invalide", "révoqué");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.submissions"));

        // Five refused tokens from this address so far: the next attempt waits, even with a good token.
        using var throttled = await SendAsync(http, HttpMethod.Post, Push, own, Small());
        await AssertRefusedAsync(throttled, HttpStatusCode.TooManyRequests, "jeton.trop_de_tentatives", "Trop de jetons refusés");
        Assert.NotNull(throttled.Headers.RetryAfter);
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }

    private static StringContent Small() => new("""{"structures": []}""", Encoding.UTF8, "application/json");

    private static StringContent Feed(string structuresUrl) =>
        new($$"""{"structures": "{{structuresUrl}}"}""", Encoding.UTF8, "application/json");

    private static string Padded(int length) => """{"structures": [""" + new string(' ', length) + "]}";

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode} instead of {status}: {body}");
        var json = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, json.GetProperty("error").GetString());
        Assert.Contains(message, json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
