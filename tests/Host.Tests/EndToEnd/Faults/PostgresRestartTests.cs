using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// Fault catalogue (issue 8): PostgreSQL restarted in the middle of a run's publication. Runs on a cluster of its own,
/// so that restarting it cuts no other test's sessions.
/// </summary>
public sealed class PostgresRestartTests : PrivateCluster
{
    [Fact]
    public async Task ARestartDuringThePublication_LeavesThePreviousPublication_RecordsTheRunFailed_AndTheNextRunSucceeds()
    {
        var db = Server.ConnectionString("faults");
        await using (var connection = new NpgsqlConnection(Server.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE faults", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var scenario = await FaultScenario.CreateAsync(db);
        await scenario.PublishFirstAsync();
        await SlowStatement.InstallAsync(db, "marts.structures", seconds: 3);

        string output;
        await using (var run = CliProcess.Start(scenario.Environment, "run", "demo"))
        {
            await SlowStatement.WaitForAsync(db, @"insert\s+into\s+marts\.structures", run, TimeSpan.FromSeconds(60));
            await Server.RestartAsync(CancellationToken.None);
            NpgsqlConnection.ClearAllPools();
            using var wait = new CancellationTokenSource(FaultScenario.RunTimeout);
            await run.WaitForExitAsync(wait.Token);
            output = run.ToString();
            Assert.True(run.ExitCode == 1, output);
        }

        var (status, error) = await scenario.LastRunAsync();
        Assert.True(status == "failed", $"{status} {error}\n{output}");
        Assert.Contains("terminat", error, StringComparison.OrdinalIgnoreCase);
        await scenario.AssertPublicationIntactAsync();
        await SlowStatement.RemoveAsync(db, "marts.structures");
        await scenario.AssertRecoveredAsync(await scenario.LastRunIdAsync(), "terminat");
    }
}
