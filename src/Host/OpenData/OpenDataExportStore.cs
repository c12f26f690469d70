using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.OpenData;

/// <summary>Every export of the set (<c>ops.opendata_exports</c>): when, how it ended, what it wrote.</summary>
internal sealed class OpenDataExportStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<long> StartAsync(string trigger, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ops.opendata_exports (trigger, started_at, status) VALUES ($1, $2, 'started') RETURNING id");
        command.Parameters.Add(new() { Value = trigger });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task SucceedAsync(long id, OpenDataCatalog catalog, CancellationToken cancellationToken) =>
        FinishAsync(id, "succeeded", catalog.SetId, catalog.Files.Count, catalog.Files.Sum(f => f.Length), null, cancellationToken);

    public Task FailAsync(long id, string error, CancellationToken cancellationToken) =>
        FinishAsync(id, "failed", null, null, null, error, cancellationToken);

    /// <summary>The most recent exports, newest first.</summary>
    public async Task<IReadOnlyList<OpenDataExportRecord>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT trigger, started_at, finished_at, status, set_id, files, bytes, error
            FROM ops.opendata_exports ORDER BY started_at DESC, id DESC LIMIT $1
            """);
        command.Parameters.Add(new() { Value = count });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<OpenDataExportRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new OpenDataExportRecord(
                reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return records;
    }

    private async Task FinishAsync(long id, string status, string? setId, int? files, long? bytes, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE ops.opendata_exports SET finished_at = $2, status = $3, set_id = $4, files = $5, bytes = $6, error = $7 WHERE id = $1
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = status });
        command.Parameters.Add(new() { Value = (object?)setId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)files ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = (object?)bytes ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
