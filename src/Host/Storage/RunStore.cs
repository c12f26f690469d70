using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>The run history of every source (<c>ops.runs</c>).</summary>
internal sealed class RunStore(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    private const int FailAttempts = 10;
    private static readonly TimeSpan s_failRetryDelay = TimeSpan.FromSeconds(1);

    public async Task<Guid> StartAsync(string source, string trigger, CancellationToken cancellationToken)
    {
        var runId = Guid.CreateVersion7(timeProvider.GetUtcNow());
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ops.runs (id, source, trigger, instance, started_at, status) VALUES ($1, $2, $3, $4, $5, 'running')");
        command.Parameters.Add(new() { Value = runId });
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = trigger });
        command.Parameters.Add(new() { Value = Environment.MachineName + ":" + Environment.ProcessId });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return runId;
    }

    /// <summary>
    /// Marks the source's runs still "running" as failed. Only called under the source's lock: such a run belongs to a
    /// process that died (or was killed) before it could say how it ended.
    /// </summary>
    public async Task<int> CloseInterruptedAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE ops.runs SET status = 'failed', ended_at = $2, error = 'interrupted: the process running it stopped before the end'
            WHERE source = $1 AND status = 'running'
            """);
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task SucceedAsync(Guid runId, RunCounts counts, string? invalidSample, CancellationToken cancellationToken) =>
        FinishAsync(null, runId, "succeeded", counts, invalidSample, null, cancellationToken);

    /// <summary>Records the success on <paramref name="connection"/>, inside the publication's transaction.</summary>
    public Task SucceedAsync(NpgsqlConnection connection, Guid runId, RunCounts counts, string? invalidSample, CancellationToken cancellationToken) =>
        FinishAsync(connection, runId, "succeeded", counts, invalidSample, null, cancellationToken);

    /// <summary>
    /// Records the failure. The fault may be the database itself (a restart cut the run's sessions): the pool can still
    /// hand out a connection the restart killed, and the server may need a moment, so a few attempts are made before
    /// giving up (the next run then closes the run as interrupted).
    /// </summary>
    public async Task FailAsync(Guid runId, RunCounts counts, string? invalidSample, string error, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FinishAsync(null, runId, "failed", counts, invalidSample, error, cancellationToken);
                return;
            }
            catch (NpgsqlException) when (attempt < FailAttempts)
            {
                await Task.Delay(s_failRetryDelay, timeProvider, cancellationToken);
            }
        }
    }

    /// <summary>The counts of the source's last succeeded run (its data is the one published), or null.</summary>
    public async Task<RunCounts?> LastPublishedAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT fetched, valid, invalid, published FROM ops.runs WHERE source = $1 AND status = 'succeeded' ORDER BY started_at DESC LIMIT 1");
        command.Parameters.Add(new() { Value = source });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RunCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3))
            : null;
    }

    /// <summary>The latest runs of each source, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> LatestAsync(int perSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, source, trigger, started_at, ended_at, status, fetched, valid, invalid, published, error
            FROM (SELECT r.*, row_number() OVER (PARTITION BY source ORDER BY started_at DESC) AS rank FROM ops.runs r) ranked
            WHERE rank <= $1
            ORDER BY source, started_at DESC
            """);
        command.Parameters.Add(new() { Value = perSource });
        var runs = new List<RunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new RunRecord(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5),
                new RunCounts(reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return runs;
    }

    private async Task FinishAsync(
        NpgsqlConnection? connection, Guid runId, string status, RunCounts counts, string? invalidSample, string? error, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE ops.runs SET status = $2, ended_at = $3, fetched = $4, valid = $5, invalid = $6, published = $7, error = $8, invalid_sample = $9::jsonb
            WHERE id = $1
            """;
        await using var command = connection is null ? dataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new() { Value = runId });
        command.Parameters.Add(new() { Value = status });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        command.Parameters.Add(new() { Value = counts.Fetched });
        command.Parameters.Add(new() { Value = counts.Valid });
        command.Parameters.Add(new() { Value = counts.Invalid });
        command.Parameters.Add(new() { Value = counts.Published });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value });
        command.Parameters.Add(new() { Value = (object?)invalidSample ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
