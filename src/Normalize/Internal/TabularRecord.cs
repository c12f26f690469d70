using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Turns a row of a CSV file or a spreadsheet (column name → text) into a v1 JSON record: list fields are
/// comma-separated, numbers may use a decimal comma, blank cells are absent (valideur conventions, data-inclusion.md §7).
/// </summary>
internal static class TabularRecord
{
    /// <summary>Valideur convention: a truthy <c>__ignore__</c> column marks description or example rows.</summary>
    public const string IgnoreColumn = "__ignore__";

    private enum Kind
    {
        Text,
        List,
        Number,
        Integer,
    }

    private static readonly Dictionary<string, Kind> s_structureFields = FieldKinds(typeof(Structure));
    private static readonly Dictionary<string, Kind> s_serviceFields = FieldKinds(typeof(Service));

    public static bool IsIgnored(IReadOnlyDictionary<string, string?> row) =>
        row.TryGetValue(IgnoreColumn, out var value) && value?.Trim().ToUpperInvariant() is "TRUE" or "VRAI" or "1" or "X" or "OUI" or "YES";

    public static JsonObject ToJson(IReadOnlyDictionary<string, string?> row, string resourceType)
    {
        var fields = resourceType == ValidationIssue.ServiceType ? s_serviceFields : s_structureFields;
        var json = new JsonObject();
        foreach (var (column, raw) in row)
        {
            var name = column.Trim().ToLowerInvariant();
            if (string.IsNullOrWhiteSpace(raw) || !fields.TryGetValue(name, out var kind))
            {
                continue;
            }

            var value = raw.Trim();
            json[name] = kind switch
            {
                Kind.List => (JsonNode)new JsonArray(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
                Kind.Number or Kind.Integer => Number(value, kind),
                _ => JsonValue.Create(value),
            };
        }

        return json;
    }

    // An unparseable number stays a string: deserialisation then rejects the record and names the field.
    private static JsonValue Number(string value, Kind kind)
    {
        var text = value.Contains('.', StringComparison.Ordinal) ? value : value.Replace(',', '.');
        // "1e400" parses as infinity and "NaN" as NaN: neither can be written as JSON, both are refused like any text.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return JsonValue.Create(value);
        }

        return kind == Kind.Integer && number == Math.Floor(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
    }

    private static Dictionary<string, Kind> FieldKinds(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(
            p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name,
            p => p.PropertyType switch
            {
                var t when t == typeof(IReadOnlyList<string>) => Kind.List,
                var t when t == typeof(double?) => Kind.Number,
                var t when t == typeof(int?) => Kind.Integer,
                _ => Kind.Text,
            });
}
