using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// Reads the published layer for the API: keyset pages, counts, and batched lookups for the data loaders. Every method
/// takes the caller's <see cref="SourceVisibility"/>: a restricted source's rows come back only to a caller granted it.
/// The server gives it <see cref="ApiReadPool"/> for these reads and its general pool for the searches
/// (<paramref name="searchSource"/>), so a slow search never holds one of the few lookup connections. The statements
/// whose best plan does not depend on their values (<see cref="GenericPlanShapes"/>) go to
/// <paramref name="genericSource"/> when given (<see cref="ApiReadPool.CreateGeneric"/>: planned once per connection).
/// </summary>
internal sealed class MartsReader(NpgsqlDataSource dataSource, NpgsqlDataSource? searchSource = null, NpgsqlDataSource? genericSource = null)
{
    public const string Structures = "marts.structures";
    public const string Services = "marts.services";

    /// <summary>The database the searches (<see cref="ServiceSearch"/>, <see cref="TextSearch"/>) read too.</summary>
    public NpgsqlDataSource DataSource => searchSource ?? dataSource;

    /// <summary>Up to <paramref name="first"/> rows after <paramref name="afterId"/>, ordered by id, and whether more follow.</summary>
    public async Task<(IReadOnlyList<Dictionary<string, object?>> Rows, bool HasNextPage)> PageAsync(
        string table, MartFilter filter, SourceVisibility visibility, int first, string? afterId, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        await using var command = PageCommand(table, filter, visibility, first, afterId, columns);
        var rows = await ReadAsync(command, cancellationToken);
        var hasNext = rows.Count > first;
        return (hasNext ? rows.GetRange(0, first) : rows, hasNext);
    }

    /// <summary>
    /// REST v1's numbered pages (data·inclusion's <c>page</c>/<c>size</c>): the rows after the first
    /// <paramref name="offset"/>, in id order. The same statement as <see cref="PageAsync"/> with an OFFSET, which reads
    /// and drops the skipped rows: keyset pages (a cursor) stay the cheap way through a long list.
    /// </summary>
    public async Task<(IReadOnlyList<Dictionary<string, object?>> Rows, bool HasNextPage)> OffsetPageAsync(
        string table, MartFilter filter, SourceVisibility visibility, int offset, int size, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        await using var command = PageCommand(table, filter, visibility, size, null, columns, offset);
        var rows = await ReadAsync(command, cancellationToken);
        var hasNext = rows.Count > size;
        return (hasNext ? rows.GetRange(0, size) : rows, hasNext);
    }

    /// <summary>
    /// Every matching row in id order, yielded as PostgreSQL sends it (one statement, no page held in memory): the
    /// NDJSON export writes each row before the next is read.
    /// </summary>
    public async IAsyncEnumerable<Dictionary<string, object?>> StreamAsync(
        string table, MartFilter filter, SourceVisibility visibility, IReadOnlyList<string>? columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT {Select(columns)} FROM {table} {MartPredicates.Clause(MartPredicates.Where(table, filter, visibility, command))} ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fieldNames = MartRows.FieldNames(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return MartRows.Read(reader, fieldNames);
        }
    }

    public async Task<int> CountAsync(string table, MartFilter filter, SourceVisibility visibility, CancellationToken cancellationToken)
    {
        await using var command = CountCommand(table, filter, visibility);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The page query (exposed so that tests can EXPLAIN exactly what the API runs).</summary>
    internal NpgsqlCommand PageCommand(string table, MartFilter filter, SourceVisibility visibility, int first, string? afterId, IReadOnlyList<string>? columns = null, int offset = 0)
    {
        var command = SourceFor(GenericPlanShapes.Fits(filter, offset)).CreateCommand();
        var where = MartPredicates.Where(table, filter, visibility, command);
        if (afterId is not null)
        {
            where.Add($"id > ${MartPredicates.Add(command, afterId)}");
        }

        // The page size is written in the statement, not a parameter: a generic plan that knows it walks a place's
        // (place, id) index in id order and stops after the page; with LIMIT $n it prices a tenth of the rows and sorts
        // the whole place (MartsQueryPlanTests). A portal uses a few page sizes, so few statements result.
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SELECT {Select(columns)} FROM {table} {MartPredicates.Clause(where)} ORDER BY id LIMIT {first + 1}")
            + (offset > 0 ? $" OFFSET ${MartPredicates.Add(command, offset)}" : string.Empty);
        return command;
    }

    /// <summary>The totalCount query: the page's predicate, so it is served by the same indexes.</summary>
    internal NpgsqlCommand CountCommand(string table, MartFilter filter, SourceVisibility visibility)
    {
        var command = SourceFor(GenericPlanShapes.Fits(filter, 0)).CreateCommand();
        command.CommandText = $"SELECT count(*)::int FROM {table} {MartPredicates.Clause(MartPredicates.Where(table, filter, visibility, command))}";
        return command;
    }

    /// <summary>
    /// Rows of <paramref name="table"/> whose <paramref name="keyColumn"/> (id, structure_id, cluster_id) is one of
    /// <paramref name="keys"/>, in one query; a row the caller may not see is absent, as if it did not exist.
    /// </summary>
    public async Task<IReadOnlyList<Dictionary<string, object?>>> WhereInAsync(
        string table, string keyColumn, IReadOnlyList<string> keys, SourceVisibility visibility, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        await using var command = WhereInCommand(table, keyColumn, keys, visibility, columns);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>The loaders' lookup (exposed so that the bench and tests can EXPLAIN it).</summary>
    internal NpgsqlCommand WhereInCommand(string table, string keyColumn, IReadOnlyList<string> keys, SourceVisibility visibility, IReadOnlyList<string>? columns)
    {
        var command = SourceFor(generic: true).CreateCommand();
        var where = new List<string>();
        visibility.AddTo(where, command);
        where.Add($"{keyColumn} = ANY(${MartPredicates.Add(command, keys.ToArray())})");
        command.CommandText = $"SELECT {Select(columns)} FROM {table} {MartPredicates.Clause(where)} ORDER BY id";
        return command;
    }

    private NpgsqlDataSource SourceFor(bool generic) => generic && genericSource is not null ? genericSource : dataSource;

    /// <summary>The columns a selection needs (see <see cref="Projection"/>), or every column.</summary>
    internal static string Select(IReadOnlyList<string>? columns)
    {
        if (columns is null)
        {
            return "*";
        }

        // Names come from fields the GraphQL validator checked against the schema; this guard keeps it that way.
        if (!columns.All(c => c.Length > 0 && c.All(ch => ch is (>= 'a' and <= 'z') or '_')))
        {
            throw new ArgumentException("a column name is not a mart column name", nameof(columns));
        }

        return string.Join(", ", columns);
    }

    internal static async Task<List<Dictionary<string, object?>>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fieldNames = MartRows.FieldNames(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(MartRows.Read(reader, fieldNames));
        }

        return rows;
    }
}
