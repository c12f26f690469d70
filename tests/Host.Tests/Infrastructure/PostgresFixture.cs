using DataInclusion.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: the one DATAINCLUSION_DB names, or a private embedded cluster started
/// with the same code as the product (and stopped at the end, leaving no server behind). Each test gets its own database.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private EmbeddedPostgres? _embedded;
    private string _serverConnectionString = string.Empty;
    private string? _dataDirectory;

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("DATAINCLUSION_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _serverConnectionString = configured;
            return;
        }

        _dataDirectory = Path.Combine(Path.GetTempPath(), "datainclusion-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataDirectory);
        File.SetUnixFileMode(_dataDirectory, (UnixFileMode)0b111_101_101);
        _embedded = await EmbeddedPostgres.StartAsync(Path.Combine(_dataDirectory, "postgres"), NullLogger.Instance, CancellationToken.None);
        _serverConnectionString = _embedded.ConnectionString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }

        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>A new empty database on the server, migrated; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(bool migrate = true)
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Many tests leave a data source (or a Hangfire storage) to the garbage collector: their idle connections are
        // closed after a few seconds instead of Npgsql's 5 minutes, so a few hundred tests stay under the server's
        // max_connections whatever their order.
        var connectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString)
        {
            Database = name,
            ConnectionIdleLifetime = 3,
            ConnectionPruningInterval = 1,
        }.ConnectionString;
        if (migrate)
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await new Migrator(dataSource, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        return connectionString;
    }
}
