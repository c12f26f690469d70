using System.Text;
using System.Text.Json;

namespace DataInclusion.Sources.Http;

/// <summary>Pulls a human message out of an error body, so that failures quote what the producer said.</summary>
internal static class ErrorDetail
{
    private const int MaxExcerpt = 200;

    /// <summary>
    /// DRF bodies are <c>{"detail": "..."}</c>, a top-level array of strings, or <c>{field: [messages]}</c>
    /// (emplois API §5); maintenance is <c>{"error": "..."}</c>; OAuth2 errors carry <c>error_description</c>. Other bodies give a short text excerpt.
    /// </summary>
    public static string? Extract(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var name in (string[])["detail", "error_description", "error", "message"])
                    {
                        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                        {
                            return value.GetString();
                        }
                    }

                    // JSON:API v1.0 §11: {"errors": [{"title", "detail", ...}]}.
                    if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                    {
                        return Truncate(string.Join(" ", errors.EnumerateArray().Select(JsonApiError)));
                    }

                    return Truncate(root.GetRawText());
                case JsonValueKind.Array:
                    return string.Join(" ", root.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText()));
                default:
                    return Truncate(root.GetRawText());
            }
        }
        catch (JsonException)
        {
            return Excerpt(body);
        }
    }

    /// <summary>The start of a body as one line of text, for messages.</summary>
    public static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxExcerpt * 4));
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Truncate(oneLine);
    }

    private static string JsonApiError(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return error.GetRawText();
        }

        var title = error.TryGetProperty("title", out var t) ? t.ToString() : string.Empty;
        var detail = error.TryGetProperty("detail", out var d) ? d.ToString() : string.Empty;
        return detail.Length == 0 ? title : $"{title}: {detail}";
    }

    private static string Truncate(string text) => text.Length <= MaxExcerpt ? text : string.Concat(text.AsSpan(0, MaxExcerpt), "…");
}
