using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace DataInclusion.Sources.V1Feed;

/// <summary>The feed checks over a stream: a feed file of any size is checked in one pass through a small buffer.</summary>
public static partial class FeedFormat
{
    private const int ChunkSize = 64 * 1024;

    private static readonly JsonReaderOptions s_unbounded = new() { AllowTrailingCommas = true, MaxDepth = int.MaxValue };

    /// <summary>Why the body read from <paramref name="body"/> cannot be a whole feed of <paramref name="mediaType"/>, or null.</summary>
    public static string? Check(string mediaType, Stream body)
    {
        Span<byte> head = stackalloc byte[64];
        var headLength = body.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength == 0)
        {
            return "the file is empty";
        }

        head = head[..headLength];
        return mediaType switch
        {
            Json => JsonError(Rewind(body, head)) is { } error ? $"the body is not valid JSON ({error})" : null,
            NdJson => CheckLines(Rewind(body, head)),
            Xlsx => head.StartsWith(s_zipMagic) ? null : "the XLSX file is not a zip archive",
            _ => LooksLikeHtml(head) ? "the CSV file is an HTML page" : null,
        };
    }

    /// <summary>The media type of a feed file: its extension, else its first bytes (see <see cref="Detect"/>).</summary>
    public static string DetectFile(string path)
    {
        if (FromExtension(path) is { } byExtension)
        {
            return byExtension;
        }

        using var file = File.OpenRead(path);
        var head = new byte[ChunkSize];
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var sniffed = Sniff(head.AsSpan(0, length));
        if (sniffed != NdJson || length < head.Length)
        {
            return sniffed;
        }

        // Only the head was read: a first line that is a whole JSON value means one record per line, else a JSON
        // document written over several lines.
        var firstLine = head.AsSpan(0, length);
        var newline = firstLine.IndexOf((byte)'\n');
        return newline > 0 && JsonError(AsStream(head.AsMemory(0, newline))) is null ? NdJson : Json;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    /// <summary>
    /// The stream again from its start: the head already read, then the rest. The connectors pass seekable streams (a
    /// file, a body in memory), rewound in place; any other stream is copied, so it must be small.
    /// </summary>
    private static Stream Rewind(Stream body, ReadOnlySpan<byte> head)
    {
        if (body.CanSeek)
        {
            body.Position -= head.Length;
            return body;
        }

        var copy = new MemoryStream();
        copy.Write(head);
        body.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// The first JSON error of the stream, or null. Unlimited depth: a deeply nested record is the mapper's finding on
    /// that record, not a reason to refuse the whole feed. The reader validates in one linear pass and keeps no tree
    /// (JsonDocument would take time growing with the square of the depth: issue 8, a 100,000-deep record).
    /// </summary>
    private static string? JsonError(Stream body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var state = new JsonReaderState(s_unbounded);
            int length = 0, start = 0;
            var first = true;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = body.Read(buffer, length, buffer.Length - length);
                length += read;
                if (first && buffer.AsSpan(0, length).StartsWith(s_utf8Bom))
                {
                    start = s_utf8Bom.Length;
                }

                first = false;
                var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), isFinalBlock: read == 0, state);
                while (reader.Read())
                {
                }

                if (read == 0)
                {
                    return null;
                }

                // Keep what the reader could not consume yet (a token cut by the chunk's end).
                var consumed = start + (int)reader.BytesConsumed;
                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
                start = 0;
                state = reader.CurrentState;
            }
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// An NDJSON body is refused when no line is JSON (an HTML page) or when its last line is cut (a truncated transfer).
    /// A bad line in between is one bad record: the mapper reports it on its line and maps the others. Lines are cut
    /// from the bytes (no decoded copy of the body); the BOM is no part of line 1 (issue 8, bug 5).
    /// </summary>
    private static string? CheckLines(Stream body)
    {
        var validLines = 0;
        string? lastError = null;
        var lineNumber = 0;
        var line = new MemoryStream();
        var chunk = new byte[ChunkSize];
        var atStart = true;
        int read;
        do
        {
            read = body.Read(chunk, 0, chunk.Length);
            var span = chunk.AsSpan(0, read);
            while (read > 0)
            {
                var newline = span.IndexOf((byte)'\n');
                line.Write(newline < 0 ? span : span[..newline]);
                if (newline < 0)
                {
                    break;
                }

                span = span[(newline + 1)..];
                CheckLine(line, ref lineNumber, ref validLines, ref lastError, ref atStart);
            }
        }
        while (read > 0);

        CheckLine(line, ref lineNumber, ref validLines, ref lastError, ref atStart);
        return validLines == 0 ? lastError ?? "no JSON line" : lastError;
    }

    private static void CheckLine(MemoryStream line, ref int lineNumber, ref int validLines, ref string? lastError, ref bool atStart)
    {
        lineNumber++;
        var text = line.GetBuffer().AsMemory(0, (int)line.Length);
        if (atStart && text.Span.StartsWith(s_utf8Bom))
        {
            text = text[s_utf8Bom.Length..];
        }

        atStart = false;
        line.SetLength(0);
        if (text.Span.Trim(" \t\r\n\v\f"u8).IsEmpty)
        {
            return;
        }

        lastError = JsonError(AsStream(text)) is { } error ? $"line {lineNumber} is not valid JSON ({error})" : null;
        validLines += lastError is null ? 1 : 0;
    }
}
