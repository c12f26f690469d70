using DataInclusion.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// The PostgreSQL cluster a benchmark runs against: the product's own embedded cluster, started from the machine's
/// binaries in <c>.data/bench-&lt;scale&gt;/</c>. Fresh unless reused; deleted on dispose unless kept.
/// </summary>
internal sealed class BenchServer(EmbeddedPostgres server, string directory, bool keep) : IAsyncDisposable
{
    public const string Database = "datainclusion";

    public EmbeddedPostgres Server => server;

    public string Directory => directory;

    /// <summary>Connection string to the benchmark database, with extra Npgsql settings (e.g. <c>Command Timeout=0</c>).</summary>
    public string ConnectionString(string? extra = null) =>
        server.ConnectionString(Database) + (string.IsNullOrEmpty(extra) ? string.Empty : ";" + extra);

    public static string DirectoryFor(string scale) => Path.Combine(Vocabulary.RepositoryRoot, ".data", "bench-" + scale);

    public static async Task<BenchServer> StartAsync(string directory, bool reuse, bool keep, CancellationToken cancellationToken)
    {
        if (!reuse && System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        var server = await EmbeddedPostgres.StartAsync(Path.Combine(directory, "postgres"), NullLogger.Instance, cancellationToken);
        if (!reuse)
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString());
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BenchServer(server, directory, keep);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await server.DisposeAsync();
        if (!keep)
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
