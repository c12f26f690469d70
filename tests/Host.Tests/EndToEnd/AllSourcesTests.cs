using DataInclusion.Fakes;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary><c>datainclusion run</c> with every producer's fake up: each source is ingested; one failing leaves the rest.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AllSourcesTests(PostgresFixture postgres)
{
    private static readonly string[] s_sources =
        ["demo", "emplois-de-linclusion", "dora", "soliguide", "mediation-numerique", "france-travail", "agefiph", "cd35", "action-logement"];

    [Fact]
    public async Task Run_IngestsEverySource_AndOneFailingLeavesTheOthersAndItsOwnLastGoodData()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var producers = await FakeProducers.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["Sources__Http__BaseDelay"] = "00:00:00.050",
            ["Sources__Http__MaxAttempts"] = "2",
        };
        foreach (var (name, value) in producers.Environment)
        {
            environment[name] = value;
        }

        await using var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(3), "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(s_sources.Order(StringComparer.Ordinal),
            await Sql.ColumnAsync(db, "SELECT source FROM ops.runs WHERE status = 'succeeded' ORDER BY source"));
        var published = await Sql.ColumnAsync(db, "SELECT DISTINCT source FROM marts.structures ORDER BY source");
        Assert.Equal(s_sources.Order(StringComparer.Ordinal), published);
        var doraRows = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'dora'");

        producers.Dora.Faults.Enqueue(Fault.ServerError(), times: 50);
        await using var second = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(3), "run");

        Assert.Equal(1, second.ExitCode);
        Assert.Equal(["failed"], await Sql.ColumnAsync(db,
            "SELECT status FROM ops.runs WHERE source = 'dora' ORDER BY started_at DESC LIMIT 1"));
        Assert.Equal(s_sources.Length - 1, (int)await Sql.ScalarAsync<long>(db,
            "SELECT count(*) FROM (SELECT DISTINCT ON (source) status FROM ops.runs ORDER BY source, started_at DESC) last WHERE status = 'succeeded'"));
        Assert.Equal(doraRows, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'dora'"));

        await using var status = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(1), "status", "--last", "1");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.All(s_sources, source => Assert.Contains(source, status.StandardOutput, StringComparison.Ordinal));
    }
}
