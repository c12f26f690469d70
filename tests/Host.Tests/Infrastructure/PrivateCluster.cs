using DataInclusion.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Infrastructure;

/// <summary>
/// An embedded PostgreSQL cluster of a test class's own (in a temporary folder), for tests that restart the server or
/// read its start-up settings without touching the shared fixture's sessions.
/// </summary>
public abstract class PrivateCluster : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "datainclusion-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedPostgres? _server;

    private protected EmbeddedPostgres Server => _server ?? throw new InvalidOperationException("the cluster is not started");

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
}
