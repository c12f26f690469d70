using System.Text.Json;

namespace DataInclusion.Sources.Paging;

/// <summary>
/// The Django REST Framework page envelope <c>{"count", "next", "previous", "results": [...]}</c>
/// (emplois API §3; Dora uses the same paginator).
/// </summary>
internal sealed record DrfPage(int Count, string? Next, int ResultCount)
{
    /// <summary>Why the body is not a DRF page, or null when it is one.</summary>
    public static string? Check(ReadOnlyMemory<byte> body) => TryParse(body, out _, out var reason) ? null : reason;

    public static DrfPage Parse(ReadOnlyMemory<byte> body) =>
        TryParse(body, out var page, out var reason) ? page : throw new FormatException(reason);

    private static bool TryParse(ReadOnlyMemory<byte> body, out DrfPage page, out string reason)
    {
        page = new DrfPage(0, null, 0);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                reason = $"the body is a JSON {root.ValueKind}, not a page object {{count, next, previous, results}}";
                return false;
            }

            if (!root.TryGetProperty("count", out var count) || !count.TryGetInt32(out var total)
                || !root.TryGetProperty("next", out var next) || next.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
                || !root.TryGetProperty("previous", out var previous) || previous.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
                || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                reason = "the JSON is not a page object {count, next, previous, results: [...]}";
                return false;
            }

            page = new DrfPage(total, next.GetString(), results.GetArrayLength());
            reason = string.Empty;
            return true;
        }
        catch (JsonException exception)
        {
            reason = $"the body is not valid JSON ({exception.Message})";
            return false;
        }
    }
}
