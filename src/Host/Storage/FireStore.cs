using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The executions of source jobs (<c>ops.fires</c>): one row per job execution, including those refused because the
/// source was already running, so that "each due run happens once" can be checked on what the workers did.
/// </summary>
internal sealed class FireStore(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    public const string Started = "started";
    public const string AlreadyRunning = "already-running";
    public const string Superseded = "superseded";
    public const string Skipped = "skipped";

    public static string Instance { get; } = Environment.MachineName + ":" + Environment.ProcessId;

    /// <summary>Records that this process started executing <paramref name="jobId"/>; returns the fire's id.</summary>
    public async Task<long> StartAsync(string source, string? jobId, string trigger, string outcome, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.fires (source, job_id, trigger, instance, fired_at, outcome) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """);
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = (object?)jobId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = trigger });
        command.Parameters.Add(new() { Value = Instance });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        command.Parameters.Add(new() { Value = outcome });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task FinishAsync(long fireId, string outcome, Guid? runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE ops.fires SET outcome = $2, run_id = $3, finished_at = $4 WHERE id = $1");
        command.Parameters.Add(new() { Value = fireId });
        command.Parameters.Add(new() { Value = outcome });
        command.Parameters.Add(new() { Value = (object?)runId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Closes the fires of <paramref name="jobId"/> left "started" by a process that died, and says whether this job
    /// had started before: it was taken again after its instance stopped renewing it, so this execution is a recovery.
    /// </summary>
    public async Task<bool> CloseInterruptedAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH closed AS (
                UPDATE ops.fires SET outcome = 'interrupted', finished_at = $2 WHERE job_id = $1 AND outcome = 'started' RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM closed) OR EXISTS (SELECT 1 FROM ops.fires WHERE job_id = $1 AND outcome = 'interrupted')
            """);
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// True when another job ran the source after <paramref name="dueAt"/>: that run already did what this job was due
    /// to do (a catch-up after a crash, or a fire left waiting in the queue), so one more run would only repeat it.
    /// </summary>
    public async Task<bool> RanSinceAsync(string source, string jobId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT EXISTS (
                SELECT 1 FROM ops.fires
                WHERE source = $1 AND job_id IS DISTINCT FROM $2 AND fired_at > $3 AND outcome IN ('started', 'succeeded', 'failed'))
            """);
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = dueAt });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
