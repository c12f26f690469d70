using System.Buffers;
using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Reads a JSON stream token by token, or one whole value at a time, through a refillable buffer: a
/// <see cref="Utf8JsonReader"/> is rebuilt over the unread bytes with the state saved from the previous step. The buffer
/// grows only to the largest token or value asked for whole, up to <see cref="MaxValueBytes"/>, so a document of any size
/// is read in the memory of its largest record.
/// </summary>
internal sealed class JsonChunkReader(Stream stream) : IDisposable
{
    /// <summary>The largest record (or single token) read: far beyond any real record, small enough to bound memory.</summary>
    public const int MaxValueBytes = 32 * 1024 * 1024;

    private const int InitialBuffer = 64 * 1024;

    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonReaderOptions s_options = new() { AllowTrailingCommas = true, MaxDepth = int.MaxValue };

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private long _offset;
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state = new(s_options);

    /// <summary>The type and depth of the last token read by <see cref="Next"/>.</summary>
    public JsonTokenType TokenType { get; private set; }

    public int Depth { get; private set; }

    /// <summary>How many bytes of the stream were read as tokens so far.</summary>
    public long Position => _offset + _start;

    /// <summary>The name of the last property read, when it is one of the names the caller looks for (else null).</summary>
    public string? PropertyName { get; private set; }

    /// <summary>Reads the next token; false at the end of the document. Malformed JSON throws <see cref="JsonException"/>.</summary>
    /// <param name="names">Property names worth reporting in <see cref="PropertyName"/>.</param>
    public bool Next(IReadOnlyList<string> names)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                PropertyName = reader.TokenType == JsonTokenType.PropertyName ? Match(ref reader, names) : null;
                Advance(ref reader);
                return true;
            }

            if (_final)
            {
                return false;
            }

            Refill();
        }
    }

    /// <summary>
    /// Reads the next value whole (an array element, with everything nested in it): true with its bytes, valid until the
    /// next call; false when the next token ends the array instead (then consumed).
    /// </summary>
    public bool NextValue(out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                var start = _start + (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    Advance(ref reader);
                    value = default;
                    return false;
                }

                // TrySkip is false when the value does not end in the buffer: read on from the value's start once refilled.
                if (reader.TrySkip())
                {
                    value = _buffer.AsMemory(start, _start + (int)reader.BytesConsumed - start);
                    Advance(ref reader);
                    return true;
                }
            }

            if (_final)
            {
                // The reader throws on a truncated final block, with the line; this is a last resort.
                throw new JsonException("le document se termine au milieu d'un enregistrement.");
            }

            Refill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private static string? Match(ref Utf8JsonReader reader, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (reader.ValueTextEquals(name))
            {
                return name;
            }
        }

        return null;
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Keeps the unread bytes, growing the buffer when they fill it, and reads more after them.</summary>
    private void Refill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
            {
                throw new JsonException($"un enregistrement ou une valeur dépasse {MaxValueBytes / (1024 * 1024)} Mo.");
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxValueBytes));
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _offset += _start;
        _start = 0;
        _end = pending;
        do
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            _final = read == 0;
            _end += read;
        }
        while (!_started && _end < s_bom.Length && !_final);

        if (!_started)
        {
            // A UTF-8 BOM is no part of the JSON.
            _started = true;
            _start = _buffer.AsSpan(0, _end).StartsWith(s_bom) ? s_bom.Length : 0;
        }
    }
}
