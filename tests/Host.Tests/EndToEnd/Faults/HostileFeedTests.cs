using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>Fault catalogue (issue 8): feeds that are valid transfers but hostile content.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HostileFeedTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ARecordNested100000Deep_IsALocatedErrorOnThatRecord_AndTheOthersArePublished()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await scenario.PublishFirstAsync();
        var structures = await File.ReadAllBytesAsync(scenario.StructuresPath);
        await File.WriteAllBytesAsync(scenario.StructuresPath, FaultFeed.JsonWithDeepRecord(FaultFeed.Structures(5), depth: 100_000));

        await using var run = await scenario.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("succeeded", (await scenario.LastRunAsync()).Status);
        await scenario.AssertPublicationIntactAsync();
        // Located by its position in the file (it has no readable id), naming the field.
        var issues = await Sql.ColumnAsync(scenario.Db, """
            SELECT message FROM normalized.validation_issues
            WHERE severity = 'error' AND record_id LIKE '%structures.json[0]' AND code = 'enregistrement.illisible'
              AND run_id = (SELECT id FROM ops.runs ORDER BY started_at DESC LIMIT 1)
            """);
        Assert.Contains("`nom`", Assert.Single(issues), StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scenario.Db, "SELECT count(*) FROM marts.structures WHERE id LIKE '%deep-record'"));
        await File.WriteAllBytesAsync(scenario.StructuresPath, structures);
    }

    [Fact]
    public async Task AFeedThatChangedShape_FailsWithoutPublishing_ByTheInvalidShareGate()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await scenario.PublishFirstAsync();
        var good = (await File.ReadAllBytesAsync(scenario.StructuresPath), await File.ReadAllBytesAsync(scenario.ServicesPath));
        // Every list field of 8 records in 10 now arrives as an object: the records stay parseable, their lists do not.
        // (With no valid record at all, the run is refused before the gate is asked.)
        await scenario.WriteFeedAsync(
            FaultFeed.Json(FaultFeed.WithListsAsObjects(FaultFeed.Structures(5), count: 8)),
            FaultFeed.Json(FaultFeed.WithListsAsObjects(FaultFeed.Services(5), count: 8)));

        await using var run = await scenario.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var (status, error) = await scenario.LastRunAsync();
        Assert.Equal("failed", status);
        Assert.Contains("(Pipeline__MaxInvalidShare): the producer's feed probably changed shape", error, StringComparison.Ordinal);
        await scenario.AssertPublicationIntactAsync();
        await scenario.WriteFeedAsync(good.Item1, good.Item2);
        await scenario.AssertRecoveredAsync(await scenario.LastRunIdAsync(), "Pipeline__MaxInvalidShare");
    }
}
