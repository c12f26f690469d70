using System.Text;
using System.Text.Json;

namespace DataInclusion.Sources.V1Feed;

/// <summary>Recognises the file formats a schema-v1 feed comes in, and checks a body is complete enough to keep.</summary>
public static class FeedFormat
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
        if (body.IsEmpty)
        {
            return "the file is empty";
        }

        return mediaType switch
        {
            Json => ParseError(body),
            NdJson => CheckLines(body),
            Xlsx => body.Span.StartsWith(s_zipMagic) ? null : "the XLSX file is not a zip archive",
            _ => LooksLikeHtml(body.Span) ? "the CSV file is an HTML page" : null,
        };
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

    private static string? ParseError(ReadOnlyMemory<byte> body) =>
        JsonError(body) is { } error ? $"the body is not valid JSON ({error})" : null;

    private static string? JsonError(ReadOnlyMemory<byte> body)
    {
        try
        {
            // Unlimited depth: a deeply nested record is the mapper's finding on that record, not a reason to refuse
            // the whole feed. The reader validates in one linear pass; JsonDocument would build a tree in time that
            // grows with the square of the depth (issue 8: a 100,000-deep record).
            var json = body.Span.StartsWith(s_utf8Bom) ? body.Span[s_utf8Bom.Length..] : body.Span;
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, MaxDepth = int.MaxValue });
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// An NDJSON body is refused when no line is JSON (an HTML page) or when its last line is cut (a truncated transfer).
    /// A bad line in between is one bad record: the mapper reports it on its line and maps the others.
    /// </summary>
    private static string? CheckLines(ReadOnlyMemory<byte> body)
    {
        // The README promises UTF-8 with or without BOM: the BOM is no part of line 1 (issue 8, bug 5).
        var span = body.Span;
        var text = span.StartsWith(s_utf8Bom) ? span[s_utf8Bom.Length..] : span;
        var lines = Encoding.UTF8.GetString(text).Split('\n');
        var validLines = 0;
        string? lastError = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            lastError = JsonError(Encoding.UTF8.GetBytes(lines[i])) is { } error ? $"line {i + 1} is not valid JSON ({error})" : null;
            validLines += lastError is null ? 1 : 0;
        }

        return validLines == 0 ? lastError ?? "no JSON line" : lastError;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var start = body.TrimStart(" \t\r\n"u8);
        return start.StartsWith("<!"u8) || start.StartsWith("<html"u8) || start.StartsWith("<HTML"u8);
    }
}
