using System.Text.Json;

namespace DataInclusion.GraphQL.Internal;

/// <summary>Turns JSON elements into plain CLR values: dictionaries, lists, long/double, string, bool, null.</summary>
internal static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.String => element.GetString(),
        // Boxed separately: a conditional of long and double would widen every integer to double (2^53-1 lost its last digit).
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToClr(property.Value);
        }

        return result;
    }

    private static List<object?> ToList(JsonElement element)
    {
        var result = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            result.Add(ToClr(item));
        }

        return result;
    }
}
