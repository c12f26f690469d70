using System.Text.Json;

namespace DataInclusion.Sources.V1Feed;

/// <summary>Recognises the file formats a schema-v1 feed comes in, and checks a body is complete enough to keep.</summary>
public static partial class FeedFormat
{
    public const string Json = "application/json";
    public const string NdJson = "application/x-ndjson";
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] s_zipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The media type of a feed body: a specific <c>Content-Type</c> wins, then the file extension, then the
    /// first bytes (servers often send CSV as <c>text/plain</c> or <c>application/octet-stream</c>).
    /// </summary>
    public static string Detect(string? contentType, string path, ReadOnlySpan<byte> body) =>
        FromContentType(contentType) ?? FromExtension(path) ?? Sniff(body);

    /// <summary>Why a body of <paramref name="mediaType"/> cannot be a whole feed, or null.</summary>
    public static string? Check(string mediaType, ReadOnlyMemory<byte> body)
    {
        using var stream = AsStream(body);
        return Check(mediaType, stream);
    }

    private static string? FromContentType(string? contentType) => contentType?.ToLowerInvariant() switch
    {
        "application/json" or "text/json" => Json,
        "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => NdJson,
        "text/csv" or "application/csv" or "text/comma-separated-values" => Csv,
        Xlsx => Xlsx,
        _ => null,
    };

    private static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => Json,
        ".ndjson" or ".jsonl" => NdJson,
        ".csv" => Csv,
        ".xlsx" => Xlsx,
        _ => null,
    };

    private static string Sniff(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(s_zipMagic))
        {
            return Xlsx;
        }

        var text = body.TrimStart(" \t\r\n"u8).TrimStart("\uFEFF"u8);
        return text.IsEmpty ? Csv : text[0] switch
        {
            (byte)'[' => Json,
            (byte)'{' => ParseError(text.ToArray()) is null || text.TrimEnd(" \t\r\n"u8).IndexOf((byte)'\n') < 0 ? Json : NdJson,
            _ => Csv,
        };
    }

    private static string? ParseError(ReadOnlyMemory<byte> body)
    {
        using var stream = AsStream(body);
        return JsonError(stream) is { } error ? $"the body is not valid JSON ({error})" : null;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var start = body.TrimStart(" \t\r\n"u8);
        return start.StartsWith("<!"u8) || start.StartsWith("<html"u8) || start.StartsWith("<HTML"u8);
    }
}
