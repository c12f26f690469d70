using System.Data;
using System.Runtime.CompilerServices;
using Npgsql;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// One read-only, repeatable-read transaction over the marts for a whole export: every file of the set, its counts and
/// its manifest see the same publication even when a source publishes meanwhile. Rows are streamed from the server one
/// at a time (a data reader, never the whole table).
/// </summary>
internal sealed class MartsSnapshot : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string[] _sources;

    private MartsSnapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] sources)
    {
        _connection = connection;
        _transaction = transaction;
        _sources = sources;
    }

    public static async Task<MartsSnapshot> OpenAsync(NpgsqlDataSource dataSource, IEnumerable<string> openSources, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            return new MartsSnapshot(connection, transaction, openSources.ToArray());
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<long> CountAsync(DumpEntity entity, CancellationToken cancellationToken)
    {
        await using var command = Command(entity.CountSql);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Each row's values in column order, typed as <see cref="DumpKind"/> says; empty lists read as null.</summary>
    public async IAsyncEnumerable<object?[]> ReadAsync(DumpEntity entity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(entity.SelectSql);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var columns = entity.Columns;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : columns[i].Kind switch
                {
                    DumpKind.Date => reader.GetFieldValue<DateOnly>(i),
                    DumpKind.Number => reader.GetDouble(i),
                    DumpKind.Integer => reader.GetInt32(i),
                    DumpKind.List => reader.GetFieldValue<string[]>(i) is { Length: > 0 } list ? list : null,
                    _ => reader.GetString(i),
                };
            }

            yield return row;
        }
    }

    /// <summary>Rows per source of the entity, as exported.</summary>
    public async Task<Dictionary<string, long>> CountBySourceAsync(DumpEntity entity, CancellationToken cancellationToken)
    {
        await using var command = Command(entity.CountBySourceSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The run each source of the set was last published by (its latest succeeded run: a run succeeds in its
    /// publication's transaction), whose records the set holds. Not the rows' run_id: a republication keeps the mart
    /// rows of unchanged records, so a row's run_id names the run that last wrote its content, often an older one.
    /// </summary>
    public async Task<List<ExportedRun>> RunsAsync(CancellationToken cancellationToken)
    {
        var unions = string.Join(" UNION ", DumpEntity.All.Select(e => e.SourcesSql));
        await using var command = Command($"""
            SELECT r.source, r.id, r.started_at, r.ended_at FROM ({unions}) x
                CROSS JOIN LATERAL (SELECT * FROM ops.runs r WHERE r.source = x.source AND r.status = 'succeeded' ORDER BY r.started_at DESC LIMIT 1) r
            ORDER BY r.source
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<ExportedRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new ExportedRun(reader.GetString(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return runs;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private NpgsqlCommand Command(string sql)
    {
        // An export of the national marts reads for minutes: no command timeout.
        var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("sources", _sources);
        return command;
    }
}

/// <summary>A run whose published rows are in the set.</summary>
internal sealed record ExportedRun(string Source, Guid Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
