using System.Text.Json;
using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The columns of a staged mart-row table (migration 0170), read from the catalog when a run opens its normalised layer,
/// and how each is filled: <c>run_id</c> and <c>source</c> from the run, <c>digest</c> from the record's JSON bytes,
/// every other column from the JSON property of its name (<see cref="JsonProperties"/> names the exceptions). Generated
/// columns (the search vectors) are left to PostgreSQL. A column added to a mart by a migration is mirrored into its
/// staged table by the Migrator and picked up here with no code change.
/// </summary>
internal sealed class StagedRowLayout
{
    /// <summary>A staged column filled from a JSON property of another name: a service's exact score (before the mart's rounding).</summary>
    public static readonly IReadOnlyDictionary<string, string> JsonProperties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["quality_score"] = "score_qualite",
    };

    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byProperty;

    private StagedRowLayout(string table, IReadOnlyList<(string Name, StagedColumnKind Kind)> columns)
    {
        Table = table;
        Columns = columns;
        var byProperty = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var property = JsonProperties.GetValueOrDefault(columns[i].Name, columns[i].Name);
            byProperty[property] = [.. byProperty.GetValueOrDefault(property, []), i];
        }

        _byProperty = byProperty.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The staged table, schema-qualified.</summary>
    public string Table { get; }

    /// <summary>The columns the writer fills, in COPY order.</summary>
    public IReadOnlyList<(string Name, StagedColumnKind Kind)> Columns { get; }

    /// <summary>The binary COPY statement that fills <see cref="Columns"/>.</summary>
    public string CopyStatement =>
        $"COPY {Table} ({string.Join(", ", Columns.Select(c => "\"" + c.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Reads <paramref name="table"/>'s columns (but its generated ones) in the transaction of <paramref name="connection"/>.</summary>
    public static async Task<StagedRowLayout> LoadAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT a.attname::text, t.typname::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
            WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY a.attnum
            """, connection);
        command.Parameters.Add(new() { Value = table });
        var columns = new List<(string, StagedColumnKind)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            columns.Add((name, StagedColumnKinds.Of(name, reader.GetString(1))));
        }

        return new StagedRowLayout(table, columns);
    }

    /// <summary>
    /// The values of the columns that come from the record's JSON (<paramref name="json"/>, UTF-8), in column order; the
    /// others stay null. Like jsonb, a property given twice takes its last value.
    /// </summary>
    public object?[] Read(ReadOnlySpan<byte> json)
    {
        var values = new object?[Columns.Count];
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("A normalised record is not a JSON object.");
        }

        Span<char> name = stackalloc char[256];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = reader.ValueSpan.Length <= name.Length && !reader.ValueIsEscaped
                ? _byProperty.TryGetValue(name[..System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, name)], out var targets)
                : _byProperty.TryGetValue(reader.GetString(), out targets);
            reader.Read();
            if (!known)
            {
                reader.Skip();
                continue;
            }

            foreach (var target in targets!)
            {
                // Each target reads from the value's first token (a copy of the reader), the last one moves on past it.
                var value = reader;
                values[target] = StagedColumnValues.Read(Columns[target].Kind, Columns[target].Name, ref value, json);
                if (target == targets[^1])
                {
                    reader = value;
                }
            }
        }

        return values;
    }
}
