using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Storage;

/// <summary>Issue 8: the private cluster starts with the settings measured on the national benchmark, not PostgreSQL's defaults.</summary>
public sealed class EmbeddedPostgresSettingsTests : IAsyncLifetime
{
    private const long GigaByte = 1024L * 1024 * 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "datainclusion-settings-" + Guid.NewGuid().ToString("N")[..8]);
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
    public async Task StartedCluster_ShowsTheChosenSettings()
    {
        var db = _server!.ConnectionString();

        Assert.Equal("off", await Sql.ScalarAsync<string>(db, "SHOW fsync"));
        Assert.Equal("200", await Sql.ScalarAsync<string>(db, "SHOW max_connections"));
        Assert.Equal("8GB", await Sql.ScalarAsync<string>(db, "SHOW max_wal_size"));
        Assert.Equal("30min", await Sql.ScalarAsync<string>(db, "SHOW checkpoint_timeout"));
        Assert.Equal("64MB", await Sql.ScalarAsync<string>(db, "SHOW wal_buffers"));
        var expectedMegaBytes = EmbeddedPostgresSettings.SharedBuffersMegaBytes(EmbeddedPostgresSettings.MachineMemoryBytes());
        Assert.Equal(expectedMegaBytes, await Sql.ScalarAsync<long>(db, "SELECT pg_size_bytes(current_setting('shared_buffers')) / 1048576"));
    }

    [Theory]
    [InlineData(1, 128)]
    [InlineData(4, 256)]
    [InlineData(24, 1024)]
    [InlineData(256, 1024)]
    public void SharedBuffers_ASixteenthOfTheMemory_Between128MBAnd1GB(long machineGigaBytes, long expectedMegaBytes) =>
        Assert.Equal(expectedMegaBytes, EmbeddedPostgresSettings.SharedBuffersMegaBytes(machineGigaBytes * GigaByte));
}
