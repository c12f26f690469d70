using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Reads a JSON value as the value of a column of a given <see cref="StagedColumnKind"/>, and writes it in PostgreSQL's
/// binary COPY format. The values are those <c>jsonb_populate_record</c> gives for the same JSON (what the publication
/// computed before the rows were staged): JSON null is SQL NULL, a jsonb column takes the JSON value as it is, a text
/// column takes a number or boolean as its text. A value of the wrong JSON type throws, as it made the publication fail.
/// </summary>
internal static class StagedColumnValues
{
    /// <summary>The value at <paramref name="reader"/>'s current token (which it leaves on the value's last token).</summary>
    public static object? Read(StagedColumnKind kind, string column, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return kind switch
        {
            StagedColumnKind.Text => Text(ref reader, json),
            StagedColumnKind.TextArray => TextArray(column, ref reader, json),
            StagedColumnKind.Jsonb => Raw(ref reader, json),
            StagedColumnKind.Boolean => reader.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => bool.Parse(Scalar(column, ref reader)),
            },
            _ => Parse(kind, Scalar(column, ref reader)),
        };
    }

    /// <summary>Writes <paramref name="value"/> (as <see cref="Read"/> returned it) into the current row.</summary>
    public static Task WriteAsync(NpgsqlBinaryImporter importer, StagedColumnKind kind, object? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : kind switch
        {
            StagedColumnKind.Text => importer.WriteAsync((string)value, NpgsqlDbType.Text, cancellationToken),
            StagedColumnKind.TextArray => importer.WriteAsync((string?[])value, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken),
            StagedColumnKind.Date => importer.WriteAsync((DateOnly)value, NpgsqlDbType.Date, cancellationToken),
            StagedColumnKind.TimestampTz => importer.WriteAsync((DateTime)value, NpgsqlDbType.TimestampTz, cancellationToken),
            StagedColumnKind.Double => importer.WriteAsync((double)value, NpgsqlDbType.Double, cancellationToken),
            StagedColumnKind.Numeric => importer.WriteAsync((decimal)value, NpgsqlDbType.Numeric, cancellationToken),
            StagedColumnKind.Int16 => importer.WriteAsync((short)value, NpgsqlDbType.Smallint, cancellationToken),
            StagedColumnKind.Int32 => importer.WriteAsync((int)value, NpgsqlDbType.Integer, cancellationToken),
            StagedColumnKind.Int64 => importer.WriteAsync((long)value, NpgsqlDbType.Bigint, cancellationToken),
            StagedColumnKind.Boolean => importer.WriteAsync((bool)value, NpgsqlDbType.Boolean, cancellationToken),
            StagedColumnKind.Jsonb => importer.WriteAsync((string)value, NpgsqlDbType.Jsonb, cancellationToken),
            StagedColumnKind.Uuid => importer.WriteAsync((Guid)value, NpgsqlDbType.Uuid, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> json) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
        // An object or array in a text column: its JSON (jsonb would print it with its own spacing; records never have one).
        _ => Raw(ref reader, json),
    };

    private static string?[] TextArray(string column, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"The JSON value of \"{column}\" is not an array (a {reader.TokenType}).");
        }

        var values = new List<string?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.Null ? null : Text(ref reader, json));
        }

        return [.. values];
    }

    /// <summary>The text of a JSON string or number (PostgreSQL parses both for a typed column).</summary>
    private static string Scalar(string column, ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw new FormatException($"The JSON value of \"{column}\" is a {reader.TokenType}, not a scalar."),
    };

    private static object Parse(StagedColumnKind kind, string text) => kind switch
    {
        StagedColumnKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        StagedColumnKind.TimestampTz => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
        StagedColumnKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        StagedColumnKind.Numeric => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        StagedColumnKind.Int16 => short.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        StagedColumnKind.Int32 => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        StagedColumnKind.Int64 => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        StagedColumnKind.Uuid => Guid.Parse(text, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The JSON text of the value at the reader (an object or array is skipped to its end).</summary>
    private static string Raw(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]);
    }
}
