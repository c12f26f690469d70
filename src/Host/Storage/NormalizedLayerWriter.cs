using DataInclusion.Host.Pipeline;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Writes a run's normalised layer batch by batch (binary COPY of each batch's structures, services and validation
/// results) in one transaction: only the batch in hand is in memory, and the layer is kept only if every batch made it.
/// Each valid record is also staged as its typed mart row (<see cref="StagedRowWriter"/>, migration 0170) in the same
/// transaction, so the publication reads typed rows instead of parsing the jsonb back.
/// </summary>
internal sealed class NormalizedLayerWriter : IAsyncDisposable
{
    /// <summary>The staged structures' table (migration 0170).</summary>
    public const string StagedStructures = "normalized.staged_structures";

    /// <summary>The staged services' table (migration 0170).</summary>
    public const string StagedServices = "normalized.staged_services";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly Guid _runId;
    private readonly string _source;
    private readonly TimeSpan _timeout;
    private readonly StagedRowWriter _stagedStructures;
    private readonly StagedRowWriter _stagedServices;

    private NormalizedLayerWriter(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, string source, TimeSpan timeout,
        StagedRowLayout structures, StagedRowLayout services)
    {
        (_connection, _transaction, _runId, _source, _timeout) = (connection, transaction, runId, source, timeout);
        _stagedStructures = new StagedRowWriter(structures, runId, source);
        _stagedServices = new StagedRowWriter(services, runId, source);
    }

    public static async Task<NormalizedLayerWriter> OpenAsync(
        NpgsqlDataSource dataSource, Guid runId, string source, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var structures = await StagedRowLayout.LoadAsync(connection, StagedStructures, cancellationToken);
            var services = await StagedRowLayout.LoadAsync(connection, StagedServices, cancellationToken);
            return new NormalizedLayerWriter(connection, transaction, runId, source, timeout, structures, services);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task WriteAsync(ValidatedBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Structures.Count > 0)
        {
            await CopyRecordsAsync("normalized.structures (run_id, source, id, is_valid, data)", batch.Structures, false, cancellationToken);
            await _stagedStructures.CopyAsync(_connection, batch.Structures, _timeout, cancellationToken);
        }

        if (batch.Services.Count > 0)
        {
            await CopyRecordsAsync("normalized.services (run_id, source, id, is_valid, data, structure_id)", batch.Services, true, cancellationToken);
            await _stagedServices.CopyAsync(_connection, batch.Services, _timeout, cancellationToken);
        }

        if (batch.Issues.Count > 0)
        {
            await CopyIssuesAsync(batch.Issues, cancellationToken);
        }
    }

    /// <summary>Commits the layer, then refreshes the planner's statistics of the columns the publication selects on.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction.CommitAsync(cancellationToken);

        // The publication selects this run's rows by run_id, a value the statistics have never seen: PostgreSQL then
        // expects one row and joins the structures to their services' scores by a nested loop that recomputes the
        // aggregate for every structure (measured: the second national run's staging ran > 10 min instead of seconds).
        // ANALYZE of these few columns samples 30,000 rows and reads no jsonb.
        await using var analyze = new NpgsqlCommand(AnalyzeRunColumns, _connection) { CommandTimeout = StepTimeout.Seconds(_timeout) };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    internal const string AnalyzeRunColumns = """
        ANALYZE normalized.structures (run_id, source, id, is_valid),
            normalized.services (run_id, source, id, structure_id, is_valid),
            normalized.validation_issues (run_id, source),
            normalized.staged_structures (run_id, id),
            normalized.staged_services (run_id, id, structure_id)
        """;

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task CopyRecordsAsync(string target, IReadOnlyList<NormalizedRecord> records, bool withStructureId, CancellationToken cancellationToken)
    {
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        importer.Timeout = _timeout;
        foreach (var record in records)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(_runId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(_source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.IsValid, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(record.Utf8Json, NpgsqlDbType.Jsonb, cancellationToken);
            if (withStructureId)
            {
                await importer.WriteAsync(record.StructureId ?? string.Empty, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task CopyIssuesAsync(IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken)
    {
        await using var importer = await _connection.BeginBinaryImportAsync(
            "COPY normalized.validation_issues (run_id, source, resource_type, record_id, field, code, severity, value, message) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        importer.Timeout = _timeout;
        foreach (var issue in issues)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(_runId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(_source, NpgsqlDbType.Text, cancellationToken);
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
