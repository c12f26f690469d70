using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Bounds how deep a producer's JSON may nest before it is parsed into a document. JsonDocument does not overflow the
/// stack on deep input, but its cost grows with the square of the depth (100,000 levels: about 15 s for 200 KB), so one
/// hostile record could hold a run. A value nested deeper than <see cref="Limit"/> is replaced by a marker object: its
/// record then fails on that field's type (a located finding) while the other records read as before.
/// </summary>
internal static class JsonDepth
{
    /// <summary>Far beyond any real record (the v1 schema nests 3 levels; producers' pages about 10).</summary>
    public const int Limit = 256;

    private static readonly byte[] s_marker = Encoding.UTF8.GetBytes($$"""{"profondeur":"plus de {{Limit}} niveaux d'imbrication"}""");

    private static readonly JsonReaderOptions s_readerOptions = new() { AllowTrailingCommas = true, MaxDepth = int.MaxValue };

    /// <summary>The content itself when nothing nests deeper than <see cref="Limit"/> (or it is not JSON: the parser will say why), else a bounded copy.</summary>
    public static ReadOnlyMemory<byte> Bound(ReadOnlyMemory<byte> json)
    {
        return NestsTooDeep(json.Span) ? Rewrite(json.Span) : json;
    }

    /// <summary>One linear pass of the reader, which keeps no tree.</summary>
    private static bool NestsTooDeep(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, s_readerOptions);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= Limit)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Copies the bytes as they are, except each too-deep value, cut whole (the reader skips it linearly).</summary>
    private static byte[] Rewrite(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length);
        var reader = new Utf8JsonReader(json, s_readerOptions);
        var copied = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= Limit - 1)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                output.Write(json[copied..start]);
                output.Write(s_marker);
                copied = (int)reader.BytesConsumed;
            }
        }

        output.Write(json[copied..]);
        return output.WrittenSpan.ToArray();
    }
}
