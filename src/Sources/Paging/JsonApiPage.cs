using System.Text.Json;
using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Paging;

/// <summary>A JSON:API collection document (jsonapi.org v1.0 §7.1, §9): <c>data</c> array, <c>links.next</c>.</summary>
internal static class JsonApiPage
{
    public static string? Check(ReadOnlyMemory<byte> body) => JsonBody.Check(body, static root =>
        root.ValueKind != JsonValueKind.Object
            ? $"the body is a JSON {root.ValueKind}, not a JSON:API document"
            : root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? $"JSON:API errors: {errors.GetRawText()}"
                : root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                    ? null
                    : "the JSON:API document has no data array");

    /// <summary><c>links.next</c> is a string or an object with <c>href</c> (Drupal writes the object form).</summary>
    public static string? Next(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("links", out var links) || !links.TryGetProperty("next", out var next))
        {
            return null;
        }

        return next.ValueKind switch
        {
            JsonValueKind.String => next.GetString(),
            JsonValueKind.Object when next.TryGetProperty("href", out var href) && href.ValueKind == JsonValueKind.String => href.GetString(),
            _ => null,
        };
    }
}
