using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// A request's reads in one round trip (issue 8): the page, its nested objects (LATERAL, see <see cref="NestedRead"/>)
/// and its totalCount (a second statement of the same <see cref="NpgsqlBatch"/>).
/// </summary>
internal sealed partial class MartsReader
{
    /// <summary>
    /// A keyset page as <see cref="PageAsync(string, MartFilter, SourceVisibility, int, string?, IReadOnlyList{string}?, CancellationToken)"/>,
    /// each row with its <paramref name="nested"/> read under <see cref="NestedRead.RowKey"/>, and the count of every
    /// match when <paramref name="withCount"/>: one round trip.
    /// </summary>
    public async Task<(List<Dictionary<string, object?>> Rows, bool HasNextPage, int? TotalCount)> PageAsync(
        string table, MartFilter filter, SourceVisibility visibility, int first, string? afterId, IReadOnlyList<string>? columns,
        NestedRead? nested, bool withCount, CancellationToken cancellationToken)
    {
        nested = columns is null ? null : nested;
        await using var page = PageCommand(table, filter, visibility, first, afterId, columns);
        Nest(page, columns, nested, visibility);
        List<Dictionary<string, object?>> rows;
        int? count = null;
        if (!withCount)
        {
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            rows = await ReadAsync(reader, columns, nested, cancellationToken);
        }
        else
        {
            await using var countCommand = CountCommand(table, filter, visibility);
            await using var batch = dataSource.CreateBatch();
            batch.BatchCommands.Add(BatchCommand(page));
            batch.BatchCommands.Add(BatchCommand(countCommand));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            rows = await ReadAsync(reader, columns, nested, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            count = reader.GetInt32(0);
        }

        var hasNext = rows.Count > first;
        return (hasNext ? rows.GetRange(0, first) : rows, hasNext, count);
    }

    /// <summary>The loaders' lookup with each row's <paramref name="nested"/> read in the same statement.</summary>
    public async Task<List<Dictionary<string, object?>>> WhereInAsync(
        string table, string keyColumn, IReadOnlyList<string> keys, SourceVisibility visibility, IReadOnlyList<string>? columns,
        NestedRead? nested, CancellationToken cancellationToken)
    {
        nested = columns is null ? null : nested;
        await using var command = WhereInCommand(table, keyColumn, keys, visibility, columns);
        Nest(command, columns, nested, visibility);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, columns, nested, cancellationToken);
    }

    /// <summary>
    /// Wraps a page or lookup statement: its rows (in id order, as before) each joined to their nested rows, read with
    /// the caller's visibility too. A parent without a nested row keeps one row of nulls (LEFT JOIN).
    /// </summary>
    internal static void Nest(NpgsqlCommand command, IReadOnlyList<string>? columns, NestedRead? nested, SourceVisibility visibility)
    {
        if (columns is null || nested is null)
        {
            return;
        }

        var where = new List<string>();
        visibility.AddTo(where, command);
        where.Add(nested.Join);
        command.CommandText = $"SELECT {Qualified("p", columns)}, {Qualified("c", nested.Columns)} FROM ({command.CommandText}) p "
            + $"LEFT JOIN LATERAL (SELECT {Select(nested.Columns)} FROM {nested.Table} {MartPredicates.Clause(where)}) c ON true "
            + $"ORDER BY p.id{(nested.Many ? ", c.id" : string.Empty)}";
    }

    private static async Task<List<Dictionary<string, object?>>> ReadAsync(
        NpgsqlDataReader reader, IReadOnlyList<string>? columns, NestedRead? nested, CancellationToken cancellationToken)
    {
        var rows = new List<Dictionary<string, object?>>();
        if (columns is null || nested is null)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(MartRows.Read(reader));
            }

            return rows;
        }

        var width = columns.Count;
        var parentId = IndexOf(columns, "id");
        var childId = width + IndexOf(nested.Columns, "id");
        Dictionary<string, object?>? parent = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            // Rows come ordered by parent id: a structure's services are consecutive rows repeating the structure.
            if (parent is null || !nested.Many || !string.Equals((string)parent["id"]!, reader.GetString(parentId), StringComparison.Ordinal))
            {
                parent = MartRows.Read(reader, 0, width);
                parent[nested.RowKey] = nested.Many ? new List<Dictionary<string, object?>>() : null;
                rows.Add(parent);
            }

            if (!reader.IsDBNull(childId))
            {
                var child = MartRows.Read(reader, width, nested.Columns.Count);
                if (nested.Many)
                {
                    ((List<Dictionary<string, object?>>)parent[nested.RowKey]!).Add(child);
                }
                else
                {
                    parent[nested.RowKey] = child;
                }
            }
        }

        return rows;
    }

    private static NpgsqlBatchCommand BatchCommand(NpgsqlCommand command)
    {
        var batchCommand = new NpgsqlBatchCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            batchCommand.Parameters.Add(parameter.Clone());
        }

        return batchCommand;
    }

    private static string Qualified(string alias, IReadOnlyList<string> columns) =>
        string.Join(", ", Select(columns).Split(", ").Select(column => alias + "." + column));

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"the columns do not include {column}", nameof(columns));
    }
}
