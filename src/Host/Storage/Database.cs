using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The one database connection point of the process: a data source over the configured server, or over the embedded
/// cluster this object started (and stops on dispose).
/// </summary>
internal sealed class Database : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private Database(string connectionString, EmbeddedPostgres? embedded, string description)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
        _embedded = embedded;
        Description = description;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>With its password: for components that open their own connections (the Hangfire job storage).</summary>
    public string ConnectionString { get; }

    /// <summary>Where we are connected, without secrets, for logs and the status page.</summary>
    public string Description { get; }

    public static async Task<Database> OpenAsync(DatabaseOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (options.ConnectionString is not null)
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return new Database(options.ConnectionString, null, $"{builder.Host}:{builder.Port}/{builder.Database}");
        }

        var embedded = await EmbeddedPostgres.StartAsync(options.EmbeddedDataDirectory, loggerFactory.CreateLogger<EmbeddedPostgres>(), cancellationToken);
        try
        {
            await CreateDatabaseIfMissingAsync(embedded, options.EmbeddedDatabase, cancellationToken);
            return new Database(embedded.ConnectionString(options.EmbeddedDatabase), embedded, $"embedded 127.0.0.1:{embedded.Port}/{options.EmbeddedDatabase} ({embedded.DataDirectory})");
        }
        catch
        {
            await embedded.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_embedded is not null)
        {
            // Pooled connections would make a fast shutdown wait; clear them first.
            NpgsqlConnection.ClearAllPools();
            await _embedded.DisposeAsync();
        }
    }

    internal static async Task CreateDatabaseIfMissingAsync(EmbeddedPostgres server, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new() { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
