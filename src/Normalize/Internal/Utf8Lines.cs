using System.Buffers;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it: each line is a slice of one reused buffer, valid until the
/// next line is asked for. The buffer grows only to the longest line, so a 1 GB NDJSON file is read in a few KB.
/// </summary>
internal static class Utf8Lines
{
    private const int InitialBuffer = 64 * 1024;

    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Each line (without its <c>\n</c>) with its 1-based number; a UTF-8 BOM at the start is no part of line 1.</summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Line)> Read(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            int start = 0, end = 0, number = 0;
            var atEnd = false;
            var first = true;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !atEnd)
                {
                    // Keep the partial line, then fill the rest of the buffer (doubling it for a line longer than the buffer).
                    var pending = end - start;
                    if (pending == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(start, pending).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    else
                    {
                        buffer.AsSpan(start, pending).CopyTo(buffer);
                    }

                    start = 0;
                    end = pending;
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    atEnd = read == 0;
                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    yield break;
                }

                var length = newline < 0 ? end - start : newline;
                var line = buffer.AsMemory(start, length);
                if (first && line.Span.StartsWith(s_bom))
                {
                    line = line[s_bom.Length..];
                }

                first = false;
                start += newline < 0 ? length : length + 1;
                yield return (++number, line);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
