using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// A reusable UTF-8 buffer in which one record's normalised JSON is built: the record serialised, then other objects'
/// fields spliced in before its closing brace. Replaces building the JSON as a string and splicing copies of it (each
/// record was copied three times as UTF-16, then encoded to UTF-8 twice by the writer): the bytes are the same.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The writer writes into this object's own array: disposing it would only flush, which each write does.")]
internal sealed class JsonObjectBuffer : IBufferWriter<byte>
{
    private readonly Utf8JsonWriter _writer;
    private byte[] _buffer = new byte[16 * 1024];
    private int _length;

    public JsonObjectBuffer()
    {
        _writer = new Utf8JsonWriter(this);
    }

    /// <summary>The JSON written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>Starts a new record: <paramref name="value"/> serialised as <c>JsonSerializer.Serialize</c> would.</summary>
    public void Start<T>(T value, JsonSerializerOptions options)
    {
        _length = 0;
        Write(value, options);
    }

    /// <summary>
    /// Appends the fields of <paramref name="fields"/> (serialised as an object) to the record, as the text splice
    /// <c>json[..^1] + "," + fieldsJson[1..]</c> did.
    /// </summary>
    public void AppendFields<T>(T fields, JsonSerializerOptions? options = null)
    {
        var brace = _length - 1;
        _length = brace;
        Write(fields, options);
        _buffer[brace] = (byte)',';
    }

    /// <summary>Appends raw UTF-8 text (a property and its value) before the record's closing brace.</summary>
    public void AppendRaw(ReadOnlySpan<byte> text)
    {
        var closing = _buffer[_length - 1];
        _length--;
        text.CopyTo(GetSpan(text.Length + 1));
        _length += text.Length;
        _buffer[_length++] = closing;
    }

    /// <summary>The record's JSON, copied out (the buffer is reused by the next record).</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Write<T>(T value, JsonSerializerOptions? options)
    {
        _writer.Reset(this);
        JsonSerializer.Serialize(_writer, value, options);
        _writer.Flush();
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
