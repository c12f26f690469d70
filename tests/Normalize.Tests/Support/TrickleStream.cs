namespace DataInclusion.Normalize.Tests.Support;

/// <summary>
/// A one-way stream over bytes that hands out a few bytes per read, like a network or database stream, and that can
/// throw once a reader goes past a given offset: proof that what came out before was read without reaching it.
/// </summary>
public sealed class TrickleStream(byte[] bytes, int chunk = 7, long throwPast = long.MaxValue) : MemoryStream(bytes, writable: false)
{
    public override bool CanSeek => false;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (Position >= throwPast)
        {
            throw new IOException($"read past byte {throwPast}");
        }

        return base.Read(buffer, offset, (int)Math.Min(Math.Min(count, chunk), throwPast - Position));
    }

    // MemoryStream's span overload would bypass the byte[] one in a derived class.
    public override int Read(Span<byte> buffer)
    {
        var bytes = new byte[Math.Min(buffer.Length, chunk)];
        var read = Read(bytes, 0, bytes.Length);
        bytes.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    /// <summary>A document read through trickle streams, as the raw layer's parts are.</summary>
    public static RawDocument Document(string stream, string name, string mediaType, byte[] bytes, int chunk = 7) =>
        RawDocument.Streamed(stream, name, mediaType, () => new TrickleStream(bytes, chunk));
}
