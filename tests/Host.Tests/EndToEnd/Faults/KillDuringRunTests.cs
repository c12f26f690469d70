using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// Fault catalogue (issue 8): <c>kill -9</c> of a <c>run</c> in each phase. The process cannot record anything; the
/// next run records the interrupted one failed, and publishes as if nothing had happened.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KillDuringRunTests(PostgresFixture postgres)
{
    private const string Interrupted = "interrupted: the process running it stopped before the end";
    private static readonly TimeSpan s_phaseTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KilledDuringNormalisation_LeavesThePublication_AndTheNextRunRecordsItFailedAndSucceeds()
    {
        // Big enough that mapping and validation take a while after the raw layer is stored.
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync(), copies: 3000);
        await scenario.PublishFirstAsync();

        var run = CliProcess.Start(scenario.Environment, "run", "demo");
        await using (run)
        {
            var deadline = DateTime.UtcNow + s_phaseTimeout;
            while (!run.StandardError.Contains("stored raw", StringComparison.Ordinal))
            {
                Assert.False(run.HasExited, run.ToString());
                Assert.True(DateTime.UtcNow < deadline, run.ToString());
                await Task.Delay(10);
            }

            run.Crash();
        }

        var killed = await scenario.LastRunIdAsync();
        Assert.DoesNotContain("services normalised", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scenario.Db, $"SELECT count(*) FROM normalized.structures WHERE run_id = '{killed}'"));
        Assert.Equal("running", (await scenario.LastRunAsync()).Status);
        await scenario.AssertPublicationIntactAsync();
        await scenario.AssertRecoveredAsync(killed, Interrupted);
    }

    [Fact]
    public async Task KilledDuringTheCopy_LeavesThePublication_AndTheNextRunRecordsItFailedAndSucceeds()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await scenario.PublishFirstAsync();
        await SlowStatement.InstallAsync(scenario.Db, "normalized.structures", seconds: 2);

        await KillWhenSleepingAsync(scenario, @"^\s*copy\s+normalized\.structures");

        var killed = await scenario.LastRunIdAsync();
        await scenario.AssertPublicationIntactAsync();
        await SlowStatement.RemoveAsync(scenario.Db, "normalized.structures");
        await scenario.AssertRecoveredAsync(killed, Interrupted);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scenario.Db, $"SELECT count(*) FROM normalized.structures WHERE run_id = '{killed}'"));
    }

    [Fact]
    public async Task KilledDuringThePublicationTransaction_LeavesThePreviousPublication_AndTheNextRunSucceeds()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await scenario.PublishFirstAsync();
        // The publication deletes the source's rows then inserts the new ones: the kill lands between the two.
        await SlowStatement.InstallAsync(scenario.Db, "marts.structures", seconds: 2);

        await KillWhenSleepingAsync(scenario, @"insert\s+into\s+marts\.structures");

        var killed = await scenario.LastRunIdAsync();
        await scenario.AssertPublicationIntactAsync();
        await SlowStatement.RemoveAsync(scenario.Db, "marts.structures");
        await scenario.AssertRecoveredAsync(killed, Interrupted);
    }

    private static async Task KillWhenSleepingAsync(FaultScenario scenario, string queryPattern)
    {
        await using var run = CliProcess.Start(scenario.Environment, "run", "demo");
        await SlowStatement.WaitForAsync(scenario.Db, queryPattern, run, s_phaseTimeout);
        run.Crash();
    }
}
