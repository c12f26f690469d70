using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>The operator's view: <c>datainclusion run emplois-de-linclusion</c> against a local server speaking the emplois contract.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EmploisRunTests(PostgresFixture postgres)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Run_PublishesEveryValidStructureOfEveryPage_ThroughA429AndA500_ThenKeepsThemWhenTheServerFails()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var server = await FakeEmploisServer.StartAsync();
        server.AddGeneratedRows("siae", 2100);
        var served = server.Siaes.Count + server.Organisations.Count;
        server.Faults.Enqueue(Fault.TooManyRequests("1").On("page=2"));
        server.Faults.Enqueue(Fault.ServerError().On("type=orga"));
        var environment = Environment(db, server);

        await using var run = await CliProcess.RunAsync(environment, s_timeout, "run", "emplois-de-linclusion");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, server.Faults.Pending);
        var fetched = await Sql.ScalarAsync<int>(db, "SELECT fetched FROM ops.runs");
        var valid = await Sql.ScalarAsync<int>(db, "SELECT valid FROM ops.runs");
        var published = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'emplois-de-linclusion'");
        Assert.Equal(served, fetched);
        Assert.Equal(valid, published);
        Assert.True(published > 2000, $"only {published} structures published");
        Assert.Equal(4L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM raw.payloads"));
        Assert.Contains("emplois-de-linclusion", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("succeeded", run.StandardOutput, StringComparison.Ordinal);

        server.Faults.Enqueue(Fault.ServerError(), times: 50);
        await using var failing = await CliProcess.RunAsync(environment, s_timeout, "run", "emplois-de-linclusion");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("failed", failing.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(published, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'emplois-de-linclusion'"));
        Assert.Equal(["failed", "succeeded"], await Sql.ColumnAsync(db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
    }

    [Fact]
    public async Task Run_WithoutToken_SaysWhatToSet_AndFails()
    {
        var db = await postgres.CreateDatabaseAsync();

        await using var run = await CliProcess.RunAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, s_timeout, "run", "emplois-de-linclusion");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EMPLOIS_API_TOKEN", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownSource_IsAUsageError()
    {
        // Producer accounts are sources too: knowing every source needs the database.
        var db = await postgres.CreateDatabaseAsync();
        await using var run = await CliProcess.RunAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, s_timeout, "run", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown source", run.StandardError, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Environment(string db, FakeEmploisServer server) => new()
    {
        ["DATAINCLUSION_DB"] = db,
        ["EMPLOIS_API_URL"] = server.BaseUri.ToString(),
        ["EMPLOIS_API_TOKEN"] = server.Token,
        // Real backoff is seconds; the test only needs the same behaviour, faster.
        ["Sources__Http__BaseDelay"] = "00:00:00.050",
        ["Sources__Http__MaxAttempts"] = "3",
    };
}
