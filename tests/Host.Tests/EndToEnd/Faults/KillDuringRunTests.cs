using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// Fault catalogue (issue 8): <c>kill -9</c> of a <c>run</c> in each phase. The process cannot record anything; the
/// next run records the interrupted one failed, and publishes as if nothing had happened.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KillDuringRunTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string Interrupted = "interrupted: the process running it stopped before the end";
    private static readonly TimeSpan s_phaseTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KilledDuringNormalisation_LeavesThePublication_AndTheNextRunRecordsItFailedAndSucceeds()
    {
        // Big enough that mapping and validation take a while after the raw layer is stored.
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync(), copies: 3000);
        var firstLog = await scenario.PublishFirstAsync();
        output.WriteLine($"normalisation window of the first run: {EventTime(firstLog, "services normalised") - EventTime(firstLog, "stored raw")}");

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

        // Killed after the raw layer and before the end of normalisation (rows of the run already in the normalised
        // layer, if a streaming pipeline saves them by batch, are harmless: the run is failed and nothing is published).
        var killed = await scenario.LastRunIdAsync();
        Assert.DoesNotContain("services normalised", run.StandardError, StringComparison.Ordinal);
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

    /// <summary>The time of the first log event (compact JSON on stderr) whose message template contains <paramref name="text"/>.</summary>
    private static DateTimeOffset EventTime(string log, string text)
    {
        var line = log.Split('\n').First(l => l.Contains(text, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("@t").GetDateTimeOffset();
    }

    private static async Task KillWhenSleepingAsync(FaultScenario scenario, string queryPattern)
    {
        await using var run = CliProcess.Start(scenario.Environment, "run", "demo");
        await SlowStatement.WaitForAsync(scenario.Db, queryPattern, run, s_phaseTimeout);
        run.Crash();
    }
}
