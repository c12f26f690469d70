using DataInclusion.Host.Pipeline;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Writes a run into the raw and normalised layers (binary COPY) and publishes it into the marts in one transaction,
/// so that a reader sees either the previous run of a source or this one, never a mix. Long steps get the explicit
/// timeouts of <see cref="PipelineOptions"/>, never the 30 s default.
/// </summary>
internal sealed partial class LayerStore(NpgsqlDataSource dataSource, PipelineOptions? options = null)
{
    private const string CopySetting = "Pipeline__CopyTimeout";
    private const string PublishSetting = "Pipeline__PublishTimeout";

    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    /// <summary>The source's most recent run that still has raw payloads, if any.</summary>
    public async Task<Guid?> LatestRunWithRawAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT r.id FROM ops.runs r
            WHERE r.source = $1 AND EXISTS (SELECT 1 FROM raw.payloads p WHERE p.run_id = r.id)
            ORDER BY r.started_at DESC LIMIT 1
            """);
        command.Parameters.Add(new() { Value = source });
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    /// <summary>
    /// Drops raw payloads and normalised rows of the source's runs older than its <paramref name="keepRuns"/> latest, and
    /// all of its staged mart rows: only a publication reads them, and it is over (or, for a failed run, will never come).
    /// The source's lock is held, so no run of the source is writing them.
    /// </summary>
    public async Task PruneAsync(string source, int keepRuns, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.Timeout = StepTimeout.Seconds(_options.PublishTimeout);
        foreach (var table in new[] { "raw.payloads", "normalized.structures", "normalized.services", "normalized.validation_issues" })
        {
            var command = new NpgsqlBatchCommand($"""
                DELETE FROM {table} WHERE source = $1
                AND run_id NOT IN (SELECT id FROM ops.runs WHERE source = $1 ORDER BY started_at DESC LIMIT $2)
                """);
            command.Parameters.Add(new() { Value = source });
            command.Parameters.Add(new() { Value = Math.Max(keepRuns, 1) });
            batch.BatchCommands.Add(command);
        }

        foreach (var table in new[] { NormalizedLayerWriter.StagedStructures, NormalizedLayerWriter.StagedServices })
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE source = $1");
            command.Parameters.Add(new() { Value = source });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Opens the normalised layer of a run for writing, batch by batch, in one transaction (see <see cref="NormalizedLayerWriter"/>).</summary>
    public Task<NormalizedLayerWriter> OpenNormalizedAsync(Guid runId, string source, CancellationToken cancellationToken) =>
        NormalizedLayerWriter.OpenAsync(dataSource, runId, source, _options.CopyTimeout, cancellationToken);

    /// <summary>Runs <paramref name="write"/> (the normalised layer's COPYs) under the copy timeout's clear error.</summary>
    public static Task WithCopyTimeoutAsync(PipelineOptions options, Func<Task> write) =>
        StepTimeout.RunAsync("storing the normalised layer", options.CopyTimeout, CopySetting, write);

    /// <summary>
    /// Replaces the source's published rows by the valid rows of this run, writing only those whose record changed
    /// (<see cref="UnchangedRecords"/>); returns how many rows were published (all of the run's valid rows).
    /// </summary>
    public Task<int> PublishAsync(Guid runId, string source, CancellationToken cancellationToken) =>
        PublishAsync(runId, source, (_, _, _) => Task.CompletedTask, cancellationToken);

    /// <summary>
    /// Replaces the source's published rows by the valid rows of this run and, in the same transaction,
    /// <paramref name="recordOutcome"/> (the run's status): both happen or neither. Returns how many rows were published.
    /// </summary>
    public Task<int> PublishAsync(
        Guid runId, string source, Func<NpgsqlConnection, int, CancellationToken, Task> recordOutcome, CancellationToken cancellationToken) =>
        StepTimeout.RunAsync("the publication", _options.PublishTimeout, PublishSetting, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var published = await ReplaceMartRowsAsync(connection, transaction, runId, source, cancellationToken);
            await recordOutcome(connection, published, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return published;
        });

    private async Task<int> ReplaceMartRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, string source, CancellationToken cancellationToken)
    {
        var marts = await MartInserts.StatementsAsync(connection, transaction, cancellationToken);
        string[] publication = [UnchangedRecords.Digests, .. Before, .. marts.Staging, .. marts.Inserts, .. After];
        var (last, migrations) = await PublicationShape.ReadAsync(connection, transaction, source, cancellationToken);
        var shape = PublicationShape.Of(publication, migrations);
        string[] statements = [WorkMem, AssertStaged, .. (last == shape ? [] : UnchangedRecords.DeleteAll), .. publication, PublicationShape.Record(shape)];
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = StepTimeout.Seconds(_options.PublishTimeout) };
        foreach (var sql in statements)
        {
            // Every statement takes the run as $1 and the source as $2 (DELETEs only need the source).
            var batchCommand = new NpgsqlBatchCommand(sql);
            batchCommand.Parameters.Add(new() { Value = runId, NpgsqlDbType = NpgsqlDbType.Uuid });
            batchCommand.Parameters.Add(new() { Value = source });
            batch.BatchCommands.Add(batchCommand);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return await PublishedRowsAsync(connection, transaction, runId, cancellationToken);
    }

    // The source's published rows are all of the run's valid rows, kept or written: its staged rows (assert_staged checked
    // they are its valid records), counted on their primary key.
    private static async Task<int> PublishedRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT (SELECT count(*) FROM {NormalizedLayerWriter.StagedStructures} WHERE run_id = $1)
                 + (SELECT count(*) FROM {NormalizedLayerWriter.StagedServices} WHERE run_id = $1)
            """, connection, transaction);
        command.Parameters.Add(new() { Value = runId, NpgsqlDbType = NpgsqlDbType.Uuid });
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // The rule "a service's structure is published" is checked once, set-based, instead of by a deferred foreign key row
    // by row (migration 0040). work_mem for this transaction only: the structures' score aggregate over the services
    // otherwise sorted every service on disk instead of hashing ~75,000 groups in memory. temp_buffers likewise: the
    // vectors' temporary tables (MartInserts) otherwise go through 8 MB of local buffers, i.e. are written to disk and
    // read back. PostgreSQL takes it only before the session's first temporary table; the publication is the only user
    // of temporary tables and always asks the same size, so a pooled session that already published accepts it again.
    private const string WorkMem = $"""
        SELECT set_config('work_mem', '64MB', true), set_config('temp_buffers', '{PublicationTempBuffers}', true)
        WHERE $1::uuid IS NOT NULL AND $2::text IS NOT NULL
        """;

    /// <summary>The publication's local buffers for its temporary tables (a maximum: allocated as the rows arrive).</summary>
    internal const string PublicationTempBuffers = "1GB";

    // Staged rows lost by a crash, or a run published twice, must not replace the source's rows by nothing (0186).
    private const string AssertStaged = "SELECT normalized.assert_staged($1, $2)";

    // Only the rows of records that changed or left are deleted (UnchangedRecords), before RecordVersions moves the
    // digests they are compared with; the validation errors are all replaced.
    private static readonly string[] Before =
    [
        "DELETE FROM marts.validation_errors WHERE source = $2 AND $1::uuid IS NOT NULL",
        .. UnchangedRecords.Deletes,
        .. RecordVersions.Statements,
    ];

    private static readonly string[] After =
    [
        """
        INSERT INTO marts.validation_errors (source, resource_type, record_id, field, code, severity, value, message, run_id)
        SELECT source, resource_type, record_id, field, code, severity, value, message, run_id
        FROM normalized.validation_issues WHERE run_id = $1 AND source = $2
        """,
        "SELECT marts.check_services_structures($2) WHERE $1::uuid IS NOT NULL",
        GinPendingLists.Clean,
    ];
}
