using System.Net.Http.Headers;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.OpenData;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary><c>publish-opendata</c>, <c>status</c> and <c>serve</c> as an operator runs them, over a set already built.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OpenDataCommandTests(PostgresFixture postgres)
{
    private const string AdminToken = "admin-token-for-tests";

    [Fact]
    public async Task PublishOpenData_FailingOnABadKey_ExitsOne_AndTheFailureShowsInStatusAndAdmin_ThenSucceedsWithTheRightKey()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres);
        var set = await harness.BuildAsync();
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = harness.Fixture.Db,
            ["DATAINCLUSION_ADMIN_TOKEN"] = AdminToken,
            ["OpenData__Directory"] = harness.Fixture.Directory.Root,
            ["DATAGOUV_API_URL"] = harness.Udata.ApiRoot.ToString(),
            ["DATAGOUV_DATASET_ID"] = harness.Udata.DatasetId,
            ["DATAGOUV_API_KEY"] = "revoked-key",
            ["DataGouv__BaseDelay"] = "00:00:00.010",
        };

        await using var refused = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "publish-opendata");
        await using var status = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "status");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("structures.csv", refused.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", refused.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(harness.Udata.Resources);
        Assert.Contains("data.gouv.fr structures.csv", status.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", status.StandardOutput, StringComparison.Ordinal);

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using (serve)
        {
            using var http = new HttpClient { BaseAddress = baseUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/sources", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
            using var admin = await http.SendAsync(request);
            var page = await admin.Content.ReadAsStringAsync();
            var index = await http.GetStringAsync(new Uri("/opendata/", UriKind.Relative));

            Assert.Contains("<section id=\"opendata\">", page, StringComparison.Ordinal);
            Assert.Contains("<code>structures.csv</code>", page, StringComparison.Ordinal);
            Assert.Contains("HTTP 401", page, StringComparison.Ordinal);
            Assert.Contains(set.Find("structures.csv")!.Sha256, index, StringComparison.Ordinal);
        }

        environment["DATAGOUV_API_KEY"] = harness.Udata.ApiKey;
        await using var published = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "publish-opendata");

        Assert.True(published.ExitCode == 0, published.ToString());
        Assert.Equal(set.Files.Count, harness.Udata.Resources.Count);
        Assert.Equal(["succeeded"], await Sql.ColumnAsync(harness.Fixture.Db, "SELECT DISTINCT last_status FROM ops.datagouv_resources"));
    }

    [Fact]
    public async Task PublishOpenData_WithoutTheVariables_SaysWhatToSet_AndExitsTwo()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var run = await CliProcess.RunAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, TimeSpan.FromMinutes(2), "publish-opendata");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DATAGOUV_API_KEY and DATAGOUV_DATASET_ID", run.StandardError, StringComparison.Ordinal);
    }
}
