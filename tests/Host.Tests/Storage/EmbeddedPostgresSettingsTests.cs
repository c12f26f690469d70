using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Storage;

/// <summary>The private cluster starts with its own settings (no fsync, 200 connections), not PostgreSQL's defaults.</summary>
public sealed class EmbeddedPostgresSettingsTests : IAsyncLifetime
{
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
        foreach (var (name, value) in EmbeddedPostgresSettings.Settings)
        {
            Assert.Equal(value, await Sql.ScalarAsync<string>(db, $"SHOW {name}"));
        }
    }
}
