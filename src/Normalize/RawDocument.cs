using System.Runtime.InteropServices;

namespace DataInclusion.Normalize;

/// <summary>A payload as received from a producer: one page or file of one stream.</summary>
/// <param name="Stream">The source's stream name, e.g. <c>siaes</c>, <c>structures</c>.</param>
/// <param name="Name">A name that locates the document in reports (file name, page URL...).</param>
/// <param name="Content">The bytes exactly as received, when they are held in memory (empty when <see cref="Opener"/> streams them).</param>
/// <param name="MediaType">e.g. <c>application/json</c>, <c>text/csv</c>.</param>
public sealed record RawDocument(string Stream, string Name, ReadOnlyMemory<byte> Content, string MediaType)
{
    /// <summary>
    /// Opens the bytes of a document too large to hold in memory (a national feed file kept in the raw layer). A
    /// streaming mapper reads it once, front to back; other mappers get it through <see cref="Buffered"/>.
    /// </summary>
    public Func<Stream>? Opener { get; init; }

    /// <summary>A document whose bytes are read from <paramref name="opener"/> when a mapper asks for them.</summary>
    public static RawDocument Streamed(string stream, string name, string mediaType, Func<Stream> opener) =>
        new(stream, name, ReadOnlyMemory<byte>.Empty, mediaType) { Opener = opener };

    /// <summary>The bytes as a stream: read from <see cref="Opener"/>, or over <see cref="Content"/> without copying it.</summary>
    public Stream OpenRead()
    {
        if (Opener is not null)
        {
            return Opener();
        }

        return MemoryMarshal.TryGetArray(Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Content.ToArray(), writable: false);
    }

    /// <summary>This document with its bytes in <see cref="Content"/> (read once from <see cref="Opener"/> when it streams).</summary>
    public RawDocument Buffered()
    {
        if (Opener is null)
        {
            return this;
        }

        using var stream = Opener();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return this with { Content = buffer.GetBuffer().AsMemory(0, (int)buffer.Length), Opener = null };
    }
}
