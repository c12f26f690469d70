using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// The pending export (<c>ops.opendata_export_request</c>). Publications record it in their own transaction (a trigger
/// on <c>ops.runs</c>); the export job takes it when due, and a watcher hands it to a job when none watches it.
/// </summary>
internal sealed class OpenDataExportRequests(NpgsqlDataSource dataSource)
{
    public async Task<OpenDataExportRequest?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT first_requested_at, last_requested_at, job_id FROM ops.opendata_export_request WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new OpenDataExportRequest(reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }

    /// <summary>Records a publication at <paramref name="at"/> (what the trigger does; for exports asked again).</summary>
    public async Task RequestAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.opendata_export_request AS r (id, first_requested_at, last_requested_at) VALUES (1, $1, $1)
            ON CONFLICT (id) DO UPDATE SET last_requested_at = GREATEST(r.last_requested_at, EXCLUDED.last_requested_at)
            """);
        command.Parameters.Add(new() { Value = at });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the request as it was read: false when a publication moved it meanwhile (read it again) or another job took it.
    /// </summary>
    public async Task<bool> TakeAsync(OpenDataExportRequest seen, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM ops.opendata_export_request WHERE id = 1 AND last_requested_at = $1");
        command.Parameters.Add(new() { Value = seen.LastRequestedAt });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Makes <paramref name="newJobId"/> the request's watcher if <paramref name="expectedJobId"/> still is; false otherwise.</summary>
    public async Task<bool> HandOverAsync(string? expectedJobId, string newJobId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE ops.opendata_export_request SET job_id = $2 WHERE id = 1 AND job_id IS NOT DISTINCT FROM $1");
        command.Parameters.Add(new() { Value = (object?)expectedJobId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = newJobId });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
