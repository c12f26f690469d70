namespace DataInclusion.Sources;

/// <summary>One response body of one stream of a source, kept byte for byte as the producer sent it.</summary>
/// <param name="Stream">The stream name (e.g. <c>siaes</c>), shared with the mapper that reads it.</param>
/// <param name="Url">The URL (or file URI) the bytes came from.</param>
/// <param name="FetchedAt">When the response was received.</param>
/// <param name="Content">The body, after transport decompression, otherwise untouched (empty when <see cref="ContentPath"/> holds it).</param>
/// <param name="MediaType">The media type of <paramref name="Content"/> (e.g. <c>application/json</c>, <c>text/csv</c>).</param>
#pragma warning disable CA1819 // The raw body is a byte array on purpose: it is stored as received.
public sealed record RawPayload(string Stream, Uri Url, DateTimeOffset FetchedAt, byte[] Content, string MediaType)
#pragma warning restore CA1819
{
    /// <summary>
    /// The file that holds the body instead of <see cref="Content"/>: a feed read from the local disk is never loaded
    /// whole into memory, the raw layer copies it from there in chunks and the mapper reads it back as a stream.
    /// </summary>
    public string? ContentPath { get; init; }

    /// <summary>The body's size in bytes.</summary>
    public long Length => ContentPath is null ? Content.Length : new FileInfo(ContentPath).Length;

    /// <summary>The body as a stream, front to back.</summary>
    public Stream OpenRead() => ContentPath is null
        ? new MemoryStream(Content, writable: false)
        : new FileStream(ContentPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
