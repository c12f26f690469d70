using System.Text.Json;

namespace DataInclusion.Sources.Http;

/// <summary>Body checks for <see cref="HttpFetchRequest.Validate"/>: each returns why a body is unusable, or null.</summary>
public static class JsonBody
{
    /// <summary>The body is complete JSON (a cut body fails here and is retried).</summary>
    public static string? CheckParses(ReadOnlyMemory<byte> body) => Check(body, static _ => null);

    /// <summary>The body is a JSON array.</summary>
    public static string? CheckArray(ReadOnlyMemory<byte> body) =>
        Check(body, static root => root.ValueKind == JsonValueKind.Array ? null : $"the body is a JSON {root.ValueKind}, not an array");

    /// <summary>The body is a JSON object with an array under <paramref name="property"/>.</summary>
    public static string? CheckObjectWithArray(ReadOnlyMemory<byte> body, string property) =>
        Check(body, root =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
                ? null
                : $"the JSON is not an object with a '{property}' array");

    /// <summary>Parses the body and runs <paramref name="check"/> on its root.</summary>
    public static string? Check(ReadOnlyMemory<byte> body, Func<JsonElement, string?> check)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return check(document.RootElement);
        }
        catch (JsonException exception)
        {
            return $"the body is not valid JSON ({exception.Message})";
        }
    }
}
