using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>The quick start: <c>datainclusion up</c> ingests the sample feed and serves.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UpTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Up_IngestsTheSampleFeed_ThenServesHealth_AndStopsCleanly()
    {
        var db = await postgres.CreateDatabaseAsync();
        var (up, _) = await ServeProcess.StartAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, "up", "--no-scheduler");
        await using var _ = up;

        Assert.True(await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures WHERE source = 'demo'") >= 10);
        Assert.True(await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.services WHERE source = 'demo'") >= 20);
        Assert.Contains("EMPLOIS_API_TOKEN", up.StandardOutput, StringComparison.Ordinal);

        await up.StopAsync(TimeSpan.FromSeconds(30));
        Assert.True(up.HasExited);
    }

    [Fact]
    public async Task EmbeddedDefault_CreatesItsClusterOnce_AndStopsItOnExit()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "datainclusion-embedded-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDirectory);
        File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        try
        {
            var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DATA_DIR"] = Path.Combine(dataDirectory, "postgres") };

            await using var first = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "migrate");
            await using var second = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "status");

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.Contains("Creating embedded PostgreSQL cluster", first.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("Creating embedded PostgreSQL cluster", second.StandardError, StringComparison.Ordinal);
            Assert.Contains("never run", second.StandardOutput, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dataDirectory, "postgres", "postmaster.pid")), "the embedded server was left running");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
