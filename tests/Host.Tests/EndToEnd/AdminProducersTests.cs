using System.Net;
using System.Text.RegularExpressions;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.ProducerHttp;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary><c>/admin/producers</c>: the admin token, anti-forgery on every action, a token shown once, feeds checked.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AdminProducersTests(PostgresFixture postgres)
{
    private const string AdminToken = "admin-token-for-producers";

    [Fact]
    public async Task AddRotateAndFeed_NeedTheAdminTokenAndThePagesAntiForgeryToken()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["DATAINCLUSION_ADMIN_TOKEN"] = AdminToken };
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        // The anti-forgery cookie the page sets travels back with the form, as in a browser.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseUri };

        using var anonymous = await http.GetAsync(new Uri("/admin/producers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var forged = await SendAsync(http, HttpMethod.Post, "/admin/producers", AdminToken, Form(("slug", "reseau-35"), ("name", "Réseau 35")));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.producers"));

        var (field, value) = await AntiForgeryAsync(http);
        using var added = await SendAsync(http, HttpMethod.Post, "/admin/producers", AdminToken,
            Form((field, value), ("slug", "reseau-35"), ("name", "Réseau 35"), ("openData", "true")));
        var page = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var token = Regex.Match(page, "id=\"issued-token\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("dip_", token, StringComparison.Ordinal);
        Assert.True(await Sql.ScalarAsync<bool>(db, "SELECT in_open_data FROM ops.producers WHERE slug = 'reseau-35'"));
        using var producerPage = await SendAsync(http, HttpMethod.Get, "/producteurs/reseau-35", token);
        Assert.Equal(HttpStatusCode.OK, producerPage.StatusCode);

        using var listed = await SendAsync(http, HttpMethod.Get, "/admin/producers", AdminToken);
        Assert.DoesNotContain(token, await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var shadow = await SendAsync(http, HttpMethod.Post, "/admin/producers", AdminToken, Form((field, value), ("slug", "dora"), ("name", "Faux Dora")));
        Assert.Equal(HttpStatusCode.BadRequest, shadow.StatusCode);
        Assert.Contains("built-in source", await shadow.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var localFile = await SendAsync(http, HttpMethod.Post, "/admin/producers/reseau-35/feed", AdminToken,
            Form((field, value), ("structures", "/etc/passwd")));
        Assert.Equal(HttpStatusCode.BadRequest, localFile.StatusCode);
        Assert.Contains("http(s)", WebUtility.HtmlDecode(await localFile.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var badCron = await SendAsync(http, HttpMethod.Post, "/admin/producers/reseau-35/feed", AdminToken,
            Form((field, value), ("structures", "https://example.org/s.json"), ("schedule", "every night")));
        Assert.Equal(HttpStatusCode.BadRequest, badCron.StatusCode);
        using var feed = await SendAsync(http, HttpMethod.Post, "/admin/producers/reseau-35/feed", AdminToken,
            Form((field, value), ("structures", "https://example.org/s.json"), ("schedule", "0 0 5 * * ?")));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("https://example.org/s.json", await Sql.ScalarAsync<string>(db, "SELECT structures_url FROM ops.producers"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = 'reseau-35'"));

        // The account's source is on the sources page like a built-in one, with its schedule.
        using var sources = await SendAsync(http, HttpMethod.Get, "/admin/sources", AdminToken);
        var sourcesPage = await sources.Content.ReadAsStringAsync();
        Assert.Contains("<section id=\"reseau-35\">", sourcesPage, StringComparison.Ordinal);
        Assert.Contains("0 0 5 * * ?", sourcesPage, StringComparison.Ordinal);

        using var rotated = await SendAsync(http, HttpMethod.Post, "/admin/producers/reseau-35/rotate", AdminToken, Form((field, value)));
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        using var oldToken = await SendAsync(http, HttpMethod.Get, "/producteurs/reseau-35", token);
        Assert.Equal(HttpStatusCode.Unauthorized, oldToken.StatusCode);
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<(string Field, string Value)> AntiForgeryAsync(HttpClient http)
    {
        using var page = await SendAsync(http, HttpMethod.Get, "/admin/producers", AdminToken);
        var match = Regex.Match(await page.Content.ReadAsStringAsync(), "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
        Assert.True(match.Success, "no anti-forgery field on the page");
        return (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
