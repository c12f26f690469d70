using System.Globalization;
using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>Tolerant readers for raw producer JSON: blank strings become null, numbers may be strings.</summary>
internal static class JsonRead
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    public static JsonDocument Parse(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span.StartsWith(s_utf8Bom) ? content[s_utf8Bom.Length..] : content;
        return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true });
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
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Number => value.Value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public static double? Number(JsonElement element, string path)
    {
        var value = Path(element, path);
        return value?.ValueKind switch
        {
            JsonValueKind.Number => value.Value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    public static bool? Boolean(JsonElement element, string path)
    {
        var value = Path(element, path);
        return value?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => bool.TryParse(value.Value.GetString(), out var b) ? b : null,
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
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                list.Add(item.GetString()!.Trim());
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
