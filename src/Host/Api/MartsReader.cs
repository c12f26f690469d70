using DataInclusion.Normalize;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>Reads the published layer for the API: keyset pages, counts, and batched lookups for the data loaders.</summary>
internal sealed class MartsReader(NpgsqlDataSource dataSource)
{
    public const string Structures = "marts.structures";
    public const string Services = "marts.services";

    private const string TousPublics = "tous-publics";

    /// <summary>Up to <paramref name="first"/> rows after <paramref name="afterId"/>, ordered by id, and whether more follow.</summary>
    public async Task<(IReadOnlyList<Dictionary<string, object?>> Rows, bool HasNextPage)> PageAsync(
        string table, MartFilter filter, int first, string? afterId, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        await using var command = PageCommand(table, filter, first, afterId, columns);
        var rows = await ReadAsync(command, cancellationToken);
        var hasNext = rows.Count > first;
        return (hasNext ? rows.GetRange(0, first) : rows, hasNext);
    }

    public async Task<int> CountAsync(string table, MartFilter filter, CancellationToken cancellationToken)
    {
        await using var command = CountCommand(table, filter);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The page query (exposed so that tests can EXPLAIN exactly what the API runs).</summary>
    internal NpgsqlCommand PageCommand(string table, MartFilter filter, int first, string? afterId, IReadOnlyList<string>? columns = null)
    {
        var command = dataSource.CreateCommand();
        var where = Where(table, filter, command);
        if (afterId is not null)
        {
            where.Add($"id > ${Add(command, afterId)}");
        }

        command.CommandText = $"SELECT {Select(columns)} FROM {table} {Clause(where)} ORDER BY id LIMIT ${Add(command, first + 1)}";
        return command;
    }

    /// <summary>The totalCount query: the page's predicate, so it is served by the same indexes.</summary>
    internal NpgsqlCommand CountCommand(string table, MartFilter filter)
    {
        var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*)::int FROM {table} {Clause(Where(table, filter, command))}";
        return command;
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="keyColumn"/> is one of <paramref name="keys"/>, in one query.</summary>
    public async Task<IReadOnlyList<Dictionary<string, object?>>> WhereInAsync(
        string table, string keyColumn, IReadOnlyList<string> keys, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT {Select(columns)} FROM {table} WHERE {keyColumn} = ANY(${Add(command, keys.ToArray())}) ORDER BY id";
        return await ReadAsync(command, cancellationToken);
    }

    private static List<string> Where(string table, MartFilter filter, NpgsqlCommand command)
    {
        var where = new List<string>();
        if (filter.ExclureDoublons)
        {
            // A structure not clustered yet (published since the last clustering) counts as its own best record.
            where.Add(table == Structures
                ? "meilleur_du_cluster IS NOT FALSE"
                : "NOT EXISTS (SELECT FROM marts.structures d WHERE d.id = marts.services.structure_id AND d.meilleur_du_cluster = false)");
        }

        if (filter.Sources is { Count: > 0 })
        {
            // One source as an equality, so its page comes in id order from the (source, id) index.
            where.Add(filter.Sources.Count == 1
                ? $"source = ${Add(command, filter.Sources[0])}"
                : $"source = ANY(${Add(command, filter.Sources.ToArray())})");
        }

        if (filter.CodeCommune is not null)
        {
            where.Add($"code_insee = ${Add(command, filter.CodeCommune)}");
        }

        if (filter.CodeDepartement is not null)
        {
            // A département code is the start of its communes' INSEE codes (44 → 44109, 2A → 2A004, 971 → 97101):
            // marts.departement (migration 0031) and its (département, id) index serve the page in id order.
            where.Add($"marts.departement(code_insee) = ${Add(command, filter.CodeDepartement)}");
        }

        if (filter.Thematiques is { Count: > 0 })
        {
            // A value without "--" is a catégorie: it stands for every thématique under it. Expanded here from the
            // référentiel (published services hold only référentiel values) so the overlap uses the GIN index.
            where.Add(Overlap(filter, "thematiques", Add(command, ExpandCategories(filter.Thematiques))));
        }

        if (filter.Publics is { Count: > 0 })
        {
            // A service for everyone is open to each public asked for: one overlap, served by the GIN index.
            where.Add(Overlap(filter, "publics", Add(command, filter.Publics.Append(TousPublics).Distinct().ToArray())));
        }

        if (filter.ScoreQualiteMinimum is { } minimum)
        {
            // Compared as numeric, the column's type; clamped first, as a huge Float does not fit a decimal.
            where.Add($"score_qualite >= ${Add(command, (decimal)Math.Clamp(minimum, -1, 2))}");
        }

        return where;
    }

    /// <summary>
    /// <c>column &amp;&amp; $p</c>, served by the column's GIN index; but with a place filter, whose btree index already narrows
    /// the rows to a commune's or a département's, the overlap is checked on those rows only (<c>IS TRUE</c> keeps the
    /// planner from also reading a GIN bitmap of every service of a catégorie or a public nationwide, which EXPLAIN
    /// ANALYZE on national data showed to be most of the statement's time).
    /// </summary>
    private static string Overlap(MartFilter filter, string column, int parameter) =>
        filter.CodeCommune is null && filter.CodeDepartement is null ? $"{column} && ${parameter}" : $"({column} && ${parameter}) IS TRUE";

    // A catégorie itself is never stored (published thématiques are "catégorie--thématique"), so it is replaced, not kept:
    // fewer array elements, closer row estimates.
    private static string[] ExpandCategories(IReadOnlyList<string> values) => values
        .SelectMany(value => value.Contains("--", StringComparison.Ordinal)
            ? [value]
            : Referentiels.Thematiques.Values.Select(t => t.Value).Where(t => t.StartsWith(value + "--", StringComparison.Ordinal)).DefaultIfEmpty(value))
        .Distinct()
        .ToArray();

    /// <summary>The columns a selection needs (see <see cref="Projection"/>), or every column.</summary>
    private static string Select(IReadOnlyList<string>? columns)
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

    private static string Clause(List<string> where) => where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);

    private static int Add(NpgsqlCommand command, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command.Parameters.Count;
    }

    private static async Task<List<Dictionary<string, object?>>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(MartRows.Read(reader));
        }

        return rows;
    }
}
