using System.Globalization;
using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>Tolerant readers for raw producer JSON: blank strings become null, numbers may be strings.</summary>
internal static class JsonRead
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Nesting is not limited here: a record nested 400 levels deep must become an issue on that record (its fields have
    /// the wrong type), not make the whole page unreadable. <see cref="JsonDepth"/> bounds it before parsing instead.
    /// </summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, MaxDepth = int.MaxValue };

    public static JsonDocument Parse(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span.StartsWith(s_utf8Bom) ? content[s_utf8Bom.Length..] : content;
        return JsonDocument.Parse(JsonDepth.Bound(bytes), DocumentOptions);
    }

    /// <summary>Follows a dotted path (<c>a.b.c</c>) through objects; null when any step is missing or null.</summary>
    public static JsonElement? Path(JsonElement element, string path)
    {
        var current = element;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    /// <summary>Trimmed string, or null when absent, null or blank (staging's NULLIF(TRIM(x), '')).</summary>
    public static string? String(JsonElement element, string path)
    {
        var value = Path(element, path);
        var text = value?.ValueKind switch
        {
            JsonValueKind.String => Text(value.Value),
            JsonValueKind.Number => value.Value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// The string, or its escaped JSON text when it holds a lone surrogate (<c>"\ud800"</c>: valid JSON, but no .NET
    /// string), so the producer sees what was sent instead of the whole page failing.
    /// </summary>
    public static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = value.GetRawText();
            return raw[1..^1];
        }
    }

    public static double? Number(JsonElement element, string path)
    {
        var value = Path(element, path);
        return value is { } number ? Number(number) : null;
    }

    /// <summary>A finite number, or null: 1e400 or "NaN" cannot be stored or written back as JSON.</summary>
    public static double? Number(JsonElement value)
    {
        var number = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var d) => d,
            JsonValueKind.String when double.TryParse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => (double?)null,
        };
        return number is { } finite && double.IsFinite(finite) ? finite : null;
    }

    public static bool? Boolean(JsonElement element, string path)
    {
        var value = Path(element, path);
        return value?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => bool.TryParse(Text(value.Value), out var b) ? b : null,
            _ => null,
        };
    }

    /// <summary>The non-blank strings of an array (trimmed), or an empty list.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string path)
    {
        var value = Path(element, path);
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && Text(item) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                list.Add(text.Trim());
            }
        }

        return list;
    }

    /// <summary>The calendar date of an ISO date or date-time, in the offset it was written with.</summary>
    public static DateOnly? Date(JsonElement element, string path) => ParseDate(String(element, path));

    public static DateOnly? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // DateTimeOffset keeps the written offset: its DateTime is the local date of the producer, not the UTC one.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        return null;
    }
}
