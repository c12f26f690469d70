using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// Which data.gouv.fr resource holds each file of the set (<c>ops.datagouv_resources</c>), remembered from the upload
/// that created it, and the outcome of each file's last upload, for <c>status</c> and <c>/admin</c>.
/// </summary>
internal sealed class DataGouvResourceStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<string?> ResourceIdAsync(string datasetId, string fileName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT resource_id FROM ops.datagouv_resources WHERE dataset_id = $1 AND file_name = $2");
        command.Parameters.Add(new() { Value = datasetId });
        command.Parameters.Add(new() { Value = fileName });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Remembers the resource as soon as it exists, so a later failure never makes us create a second one.</summary>
    public Task RememberAsync(string datasetId, string fileName, string resourceId, CancellationToken cancellationToken) =>
        UpsertAsync(datasetId, fileName, resourceId, "failed", "uploaded; metadata not set yet", null, cancellationToken);

    public Task SucceedAsync(string datasetId, string fileName, string resourceId, string setId, CancellationToken cancellationToken) =>
        UpsertAsync(datasetId, fileName, resourceId, "succeeded", null, setId, cancellationToken);

    /// <summary>Records the failure; the resource id and the last success stay as they were.</summary>
    public Task FailAsync(string datasetId, string fileName, string error, CancellationToken cancellationToken) =>
        UpsertAsync(datasetId, fileName, null, "failed", error, null, cancellationToken);

    public async Task<IReadOnlyList<DataGouvResourceRecord>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT dataset_id, file_name, resource_id, last_attempt_at, last_status, last_error, last_success_at, last_success_set
            FROM ops.datagouv_resources ORDER BY dataset_id, file_name
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<DataGouvResourceRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new DataGouvResourceRecord(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return records;
    }

    private async Task UpsertAsync(
        string datasetId, string fileName, string? resourceId, string status, string? error, string? successSet, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.datagouv_resources AS r
                (dataset_id, file_name, resource_id, last_attempt_at, last_status, last_error, last_success_at, last_success_set)
            VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::text IS NULL THEN NULL ELSE $4 END, $7)
            ON CONFLICT (dataset_id, file_name) DO UPDATE SET
                resource_id = COALESCE(EXCLUDED.resource_id, r.resource_id),
                last_attempt_at = EXCLUDED.last_attempt_at,
                last_status = EXCLUDED.last_status,
                last_error = EXCLUDED.last_error,
                last_success_at = COALESCE(EXCLUDED.last_success_at, r.last_success_at),
                last_success_set = COALESCE(EXCLUDED.last_success_set, r.last_success_set)
            """);
        command.Parameters.Add(new() { Value = datasetId });
        command.Parameters.Add(new() { Value = fileName });
        command.Parameters.Add(new() { Value = (object?)resourceId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = status });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)successSet ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
