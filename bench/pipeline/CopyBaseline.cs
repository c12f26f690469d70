using System.Diagnostics;
using Npgsql;

namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// The floor the pipeline is compared with: PostgreSQL <c>COPY</c> of the same NDJSON lines into a jsonb table, on the
/// same server, in the same run.
/// </summary>
internal static class CopyBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, FeedFiles feed, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (doc jsonb NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        foreach (var path in new[] { feed.Structures, feed.Services })
        {
            // CSV with quote and delimiter bytes that JSON text never contains: each line arrives as is, backslashes included.
            await using var writer = await connection.BeginTextImportAsync(
                "COPY bench_copy (doc) FROM STDIN WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')", cancellationToken);
            using var reader = new StreamReader(path);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        clock.Stop();
        await using (var drop = new NpgsqlCommand("DROP TABLE bench_copy", connection))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return clock.Elapsed;
    }
}
