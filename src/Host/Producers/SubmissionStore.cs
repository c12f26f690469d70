using DataInclusion.Host.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Producers;

/// <summary>
/// Pushed submissions (<c>ops.submissions</c>) and their files. The bytes wait here for the job, which hands them to the
/// raw layer of its run; once the run has them they are dropped from here.
/// </summary>
internal sealed class SubmissionStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Select = """
        SELECT s.id, s.producer, s.received_at, s.status, s.run_id, s.finished_at, s.error, s.bytes, s.job_id,
               r.fetched, r.valid, r.invalid, r.published
        FROM ops.submissions s LEFT JOIN ops.runs r ON r.id = s.run_id
        """;

    /// <summary>
    /// Records a submission, or finds the one already recorded under the same <paramref name="idempotencyKey"/> (then
    /// <paramref name="files"/> are ignored). Returns the submission and whether it is new.
    /// </summary>
    public async Task<(Guid Id, bool Created)> CreateAsync(string producer, string? idempotencyKey, IReadOnlyList<SubmittedFile> files, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = Guid.CreateVersion7(time.GetUtcNow());
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO ops.submissions (id, producer, idempotency_key, received_at, status, bytes) VALUES ($1, $2, $3, $4, 'queued', $5)
            ON CONFLICT (producer, idempotency_key) DO NOTHING
            """, connection, transaction))
        {
            insert.Parameters.Add(new() { Value = id });
            insert.Parameters.Add(new() { Value = producer });
            insert.Parameters.Add(new() { Value = (object?)idempotencyKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new() { Value = time.GetUtcNow() });
            insert.Parameters.Add(new() { Value = files.Sum(f => (long)f.Content.Length) });
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // A concurrent request with the same key won the race: that submission is this one.
                await transaction.RollbackAsync(cancellationToken);
                return ((await FindByKeyAsync(producer, idempotencyKey!, cancellationToken))!.Value, false);
            }
        }

        foreach (var file in files)
        {
            await using var payload = new NpgsqlCommand(
                "INSERT INTO ops.submission_payloads (submission_id, stream, file_name, media_type, content) VALUES ($1, $2, $3, $4, $5)", connection, transaction);
            payload.Parameters.Add(new() { Value = id });
            payload.Parameters.Add(new() { Value = file.Stream });
            payload.Parameters.Add(new() { Value = (object?)file.FileName ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            payload.Parameters.Add(new() { Value = file.MediaType });
            payload.Parameters.Add(new() { Value = file.Content });
            await payload.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (id, true);
    }

    public async Task<Guid?> FindByKeyAsync(string producer, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM ops.submissions WHERE producer = $1 AND idempotency_key = $2");
        command.Parameters.Add(new() { Value = producer });
        command.Parameters.Add(new() { Value = idempotencyKey });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? id : null;
    }

    public async Task<SubmissionRecord?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await QueryAsync(Select + " WHERE s.id = $1", id, cancellationToken)).SingleOrDefault();

    /// <summary>The producer's latest submissions, newest first.</summary>
    public Task<IReadOnlyList<SubmissionRecord>> LatestAsync(string producer, int count, CancellationToken cancellationToken) =>
        QueryAsync(Select + $" WHERE s.producer = $1 ORDER BY s.received_at DESC LIMIT {count}", producer, cancellationToken);

    /// <summary>The files of a submission with their bytes (empty once its run has stored them in the raw layer).</summary>
    public async Task<IReadOnlyList<SubmittedFile>> FilesAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT stream, file_name, media_type, content FROM ops.submission_payloads WHERE submission_id = $1 AND content IS NOT NULL ORDER BY stream DESC");
        command.Parameters.Add(new() { Value = id });
        var files = new List<SubmittedFile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new SubmittedFile(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3)));
        }

        return files;
    }

    public Task SetJobAsync(Guid id, string jobId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE ops.submissions SET job_id = $2 WHERE id = $1", cancellationToken, id, jobId);

    public Task SetStatusAsync(Guid id, string status, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE ops.submissions SET status = $2 WHERE id = $1", cancellationToken, id, status);

    /// <summary>Records how the run ended; its raw layer holds the bytes now (when it got that far), so they go from here.</summary>
    public async Task FinishAsync(Guid id, string status, Guid? runId, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH finished AS (UPDATE ops.submissions SET status = $2, run_id = $3, error = $4, finished_at = $5 WHERE id = $1 RETURNING id)
            UPDATE ops.submission_payloads SET content = NULL
            WHERE submission_id IN (SELECT id FROM finished) AND EXISTS (SELECT 1 FROM raw.payloads p WHERE p.run_id = $3)
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = status });
        command.Parameters.Add(new() { Value = (object?)runId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Ends a submission its job gave up on: <c>failed</c> with <paramref name="reason"/>, its files dropped (nothing will
    /// read them again). False when it had already finished.
    /// </summary>
    public async Task<bool> AbandonAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH abandoned AS (
                UPDATE ops.submissions SET status = 'failed', error = $2, finished_at = $3
                WHERE id = $1 AND status IN ('queued', 'running') RETURNING id),
            dropped AS (UPDATE ops.submission_payloads SET content = NULL WHERE submission_id IN (SELECT id FROM abandoned))
            SELECT count(*) FROM abandoned
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = reason });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private async Task<IReadOnlyList<SubmissionRecord>> QueryAsync(string sql, object key, CancellationToken cancellationToken)
    {
        var rows = new List<SubmissionRecord>();
        await using (var command = dataSource.CreateCommand(sql))
        {
            command.Parameters.Add(new() { Value = key });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new SubmissionRecord(
                    reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : new RunCounts(reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12)),
                    []));
            }
        }

        var result = new List<SubmissionRecord>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(row with { Files = await FileInfosAsync(row.Id, cancellationToken) });
        }

        return result;
    }

    private async Task<IReadOnlyList<SubmittedFileInfo>> FileInfosAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT stream, file_name, media_type FROM ops.submission_payloads WHERE submission_id = $1 ORDER BY stream DESC");
        command.Parameters.Add(new() { Value = id });
        var files = new List<SubmittedFileInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new SubmittedFileInfo(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
        }

        return files;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
