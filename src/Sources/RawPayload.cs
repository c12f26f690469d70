namespace DataInclusion.Sources;

/// <summary>One response body of one stream of a source, kept byte for byte as the producer sent it.</summary>
/// <param name="Stream">The stream name (e.g. <c>siaes</c>), shared with the mapper that reads it.</param>
/// <param name="Url">The URL (or file URI) the bytes came from.</param>
/// <param name="FetchedAt">When the response was received.</param>
/// <param name="Content">The body, after transport decompression, otherwise untouched.</param>
/// <param name="MediaType">The media type of <paramref name="Content"/> (e.g. <c>application/json</c>, <c>text/csv</c>).</param>
#pragma warning disable CA1819 // The raw body is a byte array on purpose: it is stored as received.
public sealed record RawPayload(string Stream, Uri Url, DateTimeOffset FetchedAt, byte[] Content, string MediaType);
#pragma warning restore CA1819
