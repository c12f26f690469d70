using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>Turns mart rows into GraphQL field values: snake_case columns become the camelCase fields of the SDL.</summary>
internal static class MartRows
{
    // A fixed set of column names: converted once, not once per cell.
    private static readonly ConcurrentDictionary<string, string> s_fieldNames = new(StringComparer.Ordinal);

    /// <summary>The field names of a result's columns, looked up once per statement rather than once per row.</summary>
    public static string[] FieldNames(NpgsqlDataReader reader)
    {
        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = s_fieldNames.GetOrAdd(reader.GetName(i), CamelCase);
        }

        return names;
    }

    /// <summary>The current row, keyed by <paramref name="fieldNames"/> (<see cref="FieldNames"/> of the same result).</summary>
    public static Dictionary<string, object?> Read(NpgsqlDataReader reader, string[] fieldNames)
    {
        var row = new Dictionary<string, object?>(fieldNames.Length, StringComparer.Ordinal);
        for (var i = 0; i < fieldNames.Length; i++)
        {
            row[fieldNames[i]] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
            {
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                // timestamptz (updated_at) comes as UTC and stays an instant; date columns come Unspecified.
                DateTime { Kind: DateTimeKind.Utc } instant => instant,
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var value => value,
            };
        }

        return row;
    }

    public static string CamelCase(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
