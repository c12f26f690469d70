using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// Fault catalogue (issue 8): PostgreSQL restarted in the middle of a run's publication. Runs on a cluster of its own,
/// so that restarting it cuts no other test's sessions.
/// </summary>
public sealed class PostgresRestartTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "datainclusion-restart-" + Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedPostgres? _server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        _server = await EmbeddedPostgres.StartAsync(Path.Combine(_folder, "postgres"), NullLogger.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ARestartDuringThePublication_LeavesThePreviousPublication_RecordsTheRunFailed_AndTheNextRunSucceeds()
    {
        var db = _server!.ConnectionString("faults");
        await using (var connection = new NpgsqlConnection(_server.ConnectionString()))
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
            await _server.RestartAsync(CancellationToken.None);
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
