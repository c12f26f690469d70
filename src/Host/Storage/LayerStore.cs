using System.Security.Cryptography;
using DataInclusion.Host.Pipeline;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Writes a run into the raw and normalised layers (binary COPY) and publishes it into the marts in one transaction,
/// so that a reader sees either the previous run of a source or this one, never a mix. Long steps get the explicit
/// timeouts of <see cref="PipelineOptions"/>, never the 30 s default.
/// </summary>
internal sealed class LayerStore(NpgsqlDataSource dataSource, PipelineOptions? options = null)
{
    private const string CopySetting = "Pipeline__CopyTimeout";
    private const string PublishSetting = "Pipeline__PublishTimeout";

    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    public Task SaveRawAsync(Guid runId, string source, IReadOnlyList<StoredPayload> payloads, CancellationToken cancellationToken) =>
        StepTimeout.RunAsync("storing the raw payloads", _options.CopyTimeout, CopySetting, () => CopyRawAsync(runId, source, payloads, cancellationToken));

    private async Task CopyRawAsync(Guid runId, string source, IReadOnlyList<StoredPayload> payloads, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY raw.payloads (run_id, source, stream, url, fetched_at, media_type, sha256, content) FROM STDIN (FORMAT BINARY)", cancellationToken);
        importer.Timeout = _options.CopyTimeout;
        foreach (var payload in payloads)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(runId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(payload.Stream, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(payload.Url, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(payload.FetchedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(payload.MediaType, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(payload.Content)), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(payload.Content, NpgsqlDbType.Bytea, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

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

    /// <summary>Gives a new run the raw payloads of an earlier one, so every run owns the raw data it was built from.</summary>
    public async Task CopyRawAsync(Guid fromRun, Guid toRun, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO raw.payloads (run_id, source, stream, url, fetched_at, media_type, sha256, content)
            SELECT $2, source, stream, url, fetched_at, media_type, sha256, content FROM raw.payloads WHERE run_id = $1 ORDER BY id
            """);
        command.Parameters.Add(new() { Value = fromRun });
        command.Parameters.Add(new() { Value = toRun });
        command.CommandTimeout = StepTimeout.Seconds(_options.CopyTimeout);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Drops raw payloads and normalised rows of the source's runs older than its <paramref name="keepRuns"/> latest.</summary>
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

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The raw payloads of a run, in the order they were fetched (for re-mapping without fetching again).</summary>
    public async Task<IReadOnlyList<StoredPayload>> LoadRawAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT stream, url, fetched_at, media_type, content FROM raw.payloads WHERE run_id = $1 ORDER BY id");
        command.Parameters.Add(new() { Value = runId });
        command.CommandTimeout = StepTimeout.Seconds(_options.CopyTimeout);
        var payloads = new List<StoredPayload>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            payloads.Add(new StoredPayload(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3), reader.GetFieldValue<byte[]>(4)));
        }

        return payloads;
    }

    public Task SaveNormalizedAsync(
        Guid runId, string source, IEnumerable<NormalizedRecord> structures, IEnumerable<NormalizedRecord> services,
        IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken) =>
        StepTimeout.RunAsync("storing the normalised layer", _options.CopyTimeout, CopySetting, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var timeout = _options.CopyTimeout;
            await CopyRecordsAsync(connection, "normalized.structures (run_id, source, id, is_valid, data)", runId, source, structures, false, timeout, cancellationToken);
            await CopyRecordsAsync(connection, "normalized.services (run_id, source, id, is_valid, data, structure_id)", runId, source, services, true, timeout, cancellationToken);
            await CopyIssuesAsync(connection, runId, source, issues, timeout, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

    /// <summary>Replaces the source's published rows by the valid rows of this run; returns how many rows were published.</summary>
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
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = StepTimeout.Seconds(_options.PublishTimeout) };
        foreach (var sql in PublishStatements)
        {
            // Every statement takes the run as $1 and the source as $2 (DELETEs only need the source).
            var batchCommand = new NpgsqlBatchCommand(sql);
            batchCommand.Parameters.Add(new() { Value = runId, NpgsqlDbType = NpgsqlDbType.Uuid });
            batchCommand.Parameters.Add(new() { Value = source });
            batch.BatchCommands.Add(batchCommand);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return (int)(batch.BatchCommands[MartInserts].RecordsAffected + batch.BatchCommands[MartInserts + 1].RecordsAffected);
    }

    // jsonb_populate_record maps each v1 field of the normalised JSON onto the mart column of the same name. It is called
    // in FROM (one call per row): in the select list, "(jsonb_populate_record(...)).*" is expanded to one call per column,
    // which made the publication of a national feed ~20x slower (34 parses of each service's JSON). The rule "a service's
    // structure is published" is checked once, set-based, instead of by a deferred foreign key row by row (migration 0040).
    // A structure's score_qualite (issue 9 §3) is the mean of the services published with it — the same rows of the
    // normalised layer — rounded like StructureQuality.Mean, and set as it is inserted: an UPDATE of the inserted
    // structures afterwards took 2.0 s for 70,000 structures, this aggregate 0.34 s.
    // updated_at (issue 12) comes from ops.record_versions, brought up to date by RecordVersions first.
    private static readonly string[] PublishStatements =
    [
        "DELETE FROM marts.validation_errors WHERE source = $2 AND $1::uuid IS NOT NULL",
        "DELETE FROM marts.services WHERE source = $2 AND $1::uuid IS NOT NULL",
        "DELETE FROM marts.structures WHERE source = $2 AND $1::uuid IS NOT NULL",
        .. RecordVersions.Statements,
        """
        INSERT INTO marts.structures
        SELECT r.* FROM normalized.structures n
            LEFT JOIN (
                SELECT structure_id, round(avg((data->>'score_qualite')::numeric), 2) AS score FROM normalized.services
                WHERE run_id = $1 AND source = $2 AND is_valid GROUP BY structure_id) q ON q.structure_id = n.id
            LEFT JOIN ops.record_versions v ON v.resource_type = 'structure' AND v.id = n.id,
            jsonb_populate_record(NULL::marts.structures,
                n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source, 'score_qualite', q.score, 'updated_at', v.updated_at)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """,
        """
        INSERT INTO marts.services
        SELECT r.* FROM normalized.services n
            LEFT JOIN ops.record_versions v ON v.resource_type = 'service' AND v.id = n.id,
            jsonb_populate_record(NULL::marts.services, n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source, 'updated_at', v.updated_at)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """,
        """
        INSERT INTO marts.validation_errors (source, resource_type, record_id, field, code, severity, value, message, run_id)
        SELECT source, resource_type, record_id, field, code, severity, value, message, run_id
        FROM normalized.validation_issues WHERE run_id = $1 AND source = $2
        """,
        "SELECT marts.check_services_structures($2) WHERE $1::uuid IS NOT NULL",
    ];

    // Where the two INSERTs into the marts are in PublishStatements: their row counts are the published count.
    private static readonly int MartInserts = 3 + RecordVersions.Statements.Length;

    private static async Task CopyRecordsAsync(
        NpgsqlConnection connection, string target, Guid runId, string source, IEnumerable<NormalizedRecord> records, bool withStructureId,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        importer.Timeout = timeout;
        foreach (var record in records)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(runId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.IsValid, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(record.Json, NpgsqlDbType.Jsonb, cancellationToken);
            if (withStructureId)
            {
                await importer.WriteAsync(record.StructureId ?? string.Empty, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyIssuesAsync(
        NpgsqlConnection connection, Guid runId, string source, IReadOnlyList<IssueRow> issues, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY normalized.validation_issues (run_id, source, resource_type, record_id, field, code, severity, value, message) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        importer.Timeout = timeout;
        foreach (var issue in issues)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(runId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(issue.ResourceType, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(issue.RecordId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(issue.Field, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(issue.Code, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(issue.Severity, NpgsqlDbType.Text, cancellationToken);
            if (issue.Value is null)
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(issue.Value, NpgsqlDbType.Text, cancellationToken);
            }

            await importer.WriteAsync(issue.Message, NpgsqlDbType.Text, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
