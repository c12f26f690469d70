using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>
/// Writes coerced argument values (CLR dictionaries, lists, scalars, JsonElements) as JSON with object keys sorted
/// ordinally, the way execute.mjs writes `JSON.stringify(sortKeys(args))`.
/// </summary>
public static class CanonicalJson
{
    public static void WriteSorted(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or uint or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                WriteSorted(writer, ToClr(element));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                WriteSorted(writer, dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => dictionary[k]));
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Enum values or custom scalars the engine may wrap: their text is what graphql-js holds.
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
