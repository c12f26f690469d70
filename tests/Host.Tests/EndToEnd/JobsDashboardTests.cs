using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>The jobs dashboard at <c>/admin/jobs</c>, "trigger now", and the health of the job storage.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JobsDashboardTests(PostgresFixture postgres)
{
    private const string Token = "admin-token-for-jobs";

    [Fact]
    public async Task Dashboard_NeedsTheAdminToken_HidesTheStorage_AndItsTriggerNowRunsTheSource()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = FastScheduler(db);
        environment["DATAINCLUSION_ADMIN_TOKEN"] = Token;
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var anonymous = await http.GetAsync(new Uri("/admin/jobs", UriKind.Relative));
        using var wrong = await SendAsync(http, HttpMethod.Get, "/admin/jobs/recurring", "not-the-token");
        using var recurring = await SendAsync(http, HttpMethod.Get, "/admin/jobs/recurring", Token);
        using var refusedTrigger = await SendAsync(http, HttpMethod.Post, "/admin/jobs/recurring/trigger", null, TriggerForm("demo"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("Basic", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedTrigger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        var page = await recurring.Content.ReadAsStringAsync();
        Assert.Contains("emplois-de-linclusion", page, StringComparison.Ordinal);
        var database = new NpgsqlConnectionStringBuilder(db).Database!;
        Assert.DoesNotContain(database, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Host=", page, StringComparison.OrdinalIgnoreCase);
        // An action without the page's anti-forgery token (a forged cross-site post) is refused even with the admin token.
        using var forged = await SendAsync(http, HttpMethod.Post, "/admin/jobs/recurring/trigger", Token, TriggerForm("demo"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.fires"));

        var header = Regex.Match(page, "<meta name=\"csrf-header\" content=\"([^\"]+)\"");
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"");
        Assert.True(header.Success && token.Success, "no anti-forgery token on the page:\n" + page);
        var form = TriggerForm("demo");
        form.Headers.Add(header.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[1].Value));
        using var trigger = await SendAsync(http, HttpMethod.Post, "/admin/jobs/recurring/trigger", Token, form);
        Assert.True(trigger.IsSuccessStatusCode, trigger.ToString());
        await WaitUntilAsync(db, "SELECT count(*) FROM ops.fires WHERE source = 'demo' AND outcome = 'succeeded'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        Assert.Equal(["scheduler succeeded"], await FiresAsync(db, "demo"));
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RunNow_QueuesAManualRun_ThatAnInstanceRunningJobsTakes()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = FastScheduler(db);
        environment["DATAINCLUSION_ADMIN_TOKEN"] = Token;
        var started = await Task.WhenAll(ServeProcess.StartAsync(environment, "serve", "--no-scheduler"), ServeProcess.StartAsync(environment, "serve"));
        await using var web = started[0].Process;
        await using var worker = started[1].Process;
        using var http = new HttpClient { BaseAddress = started[0].BaseUri };

        using var anonymous = await SendAsync(http, HttpMethod.Post, "/admin/sources/demo/run", null);
        using var basic = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/sources/demo/run", UriKind.Relative));
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Token)));
        using var basicRefused = await http.SendAsync(basic);
        using var unknown = await SendAsync(http, HttpMethod.Post, "/admin/sources/nope/run", Token);
        using var accepted = await SendAsync(http, HttpMethod.Post, "/admin/sources/demo/run", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, basicRefused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await WaitUntilAsync(db, "SELECT count(*) FROM ops.fires WHERE source = 'demo' AND outcome = 'succeeded'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        Assert.Equal(["manual succeeded"], await FiresAsync(db, "demo"));
        Assert.Equal([worker.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Sql.ColumnAsync(db, "SELECT split_part(instance, ':', 2) FROM ops.fires"));
        await Task.WhenAll(web.StopAsync(TimeSpan.FromSeconds(30)), worker.StopAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Healthz_Is503_WhenTheJobStorageIsUnreachable()
    {
        var db = await postgres.CreateDatabaseAsync();
        var (serve, baseUri) = await ServeProcess.StartAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        // The job storage broken while the rest of the database answers: only Hangfire's own probe can see it.
        await Sql.ScalarAsync<int>(db, "ALTER SCHEMA hangfire RENAME TO hangfire_away; SELECT 1");
        using var storageGone = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        await Sql.ScalarAsync<int>(db, "ALTER SCHEMA hangfire_away RENAME TO hangfire; SELECT 1");
        using var storageBack = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        // The whole database gone (its connections cut).
        var server = new NpgsqlConnectionStringBuilder(db) { Database = "postgres" }.ConnectionString;
        await Sql.ScalarAsync<int>(server, $"DROP DATABASE {new NpgsqlConnectionStringBuilder(db).Database} WITH (FORCE); SELECT 1");
        using var databaseGone = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, storageGone.StatusCode);
        Assert.Contains("job storage", await storageGone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, storageBack.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, databaseGone.StatusCode);
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }

    private static FormUrlEncodedContent TriggerForm(string slug) => new([new("jobs[]", slug)]);

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
