using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

[Collection(PostgresCollection.Name)]
public sealed class AdminPageTests(PostgresFixture postgres)
{
    private const string Token = "admin-token-for-tests";

    [Fact]
    public async Task AdminSources_NeedsTheToken_AndShowsRunsAndValidationErrorsByFieldAndCode()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["DATAINCLUSION_ADMIN_TOKEN"] = Token };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var anonymous = await http.GetAsync(new Uri("/admin/sources", UriKind.Relative));
        using var wrong = await SendAsync(http, new AuthenticationHeaderValue("Bearer", "not-the-token"));
        using var basic = await SendAsync(http, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Token))));
        using var bearer = await SendAsync(http, new AuthenticationHeaderValue("Bearer", Token));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("Basic", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, basic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        var page = await bearer.Content.ReadAsStringAsync();
        Assert.Contains("<section id=\"demo\">", page, StringComparison.Ordinal);
        Assert.Contains("succeeded", page, StringComparison.Ordinal);
        Assert.Contains("disabled: set EMPLOIS_API_TOKEN", page, StringComparison.Ordinal);
        var codes = await Sql.ColumnAsync(db, "SELECT DISTINCT code FROM normalized.validation_issues ORDER BY 1");
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"<code>{code}</code>", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminSources_ShowsPerSourceHowManyStructuresHaveDuplicatesInOtherSources()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["DATAINCLUSION_ADMIN_TOKEN"] = Token };
        await using (var migrate = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "migrate"))
        {
            Assert.True(migrate.ExitCode == 0, migrate.ToString());
        }

        // Another producer's copy of a demo place, already published; the demo run's publication clusters both.
        await using (var connection = new Npgsql.NpgsqlConnection(db))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""
                INSERT INTO marts.structures (source, id, nom, date_maj, siret, commune, code_postal, code_insee, adresse, telephone, run_id)
                VALUES ('dora', 'dora--tremplin', 'Tremplin Emploi Rennes', '2025-06-01', '41234567000126', 'Rennes', '35000', '35238',
                        '12 rue de la Santé', '+33261911000', gen_random_uuid())
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };
        using var response = await SendAsync(http, new AuthenticationHeaderValue("Bearer", Token));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 published structures share a cluster with: <span class=\"dup\">dora (1)</span>", Section(page, "demo"), StringComparison.Ordinal);
        Assert.Contains("1 published structures share a cluster with: <span class=\"dup\">demo (1)</span>", Section(page, "dora"), StringComparison.Ordinal);
        Assert.Contains("No published structure shares a cluster", Section(page, "soliguide"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminSources_IsDisabledWithoutAConfiguredToken()
    {
        var db = await postgres.CreateDatabaseAsync();
        var (serve, baseUri) = await ServeProcess.StartAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var response = await SendAsync(http, new AuthenticationHeaderValue("Bearer", ""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("DATAINCLUSION_ADMIN_TOKEN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Section(string page, string slug)
    {
        var start = page.IndexOf($"<section id=\"{slug}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {slug}");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/sources");
        request.Headers.Authorization = authorization;
        return http.SendAsync(request);
    }
}
