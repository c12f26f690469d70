using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Response keys pre-encoded for the JSON writer, shared across requests: the same keys come in every request, and
/// encoding one costs a byte array and a string. Bounded like the parser's name table, so invented aliases cannot grow it.
/// </summary>
internal static class EncodedKeys
{
    private const int MaxKeys = 10_000;
    private static readonly ConcurrentDictionary<string, EncodedKey> s_keys = new(StringComparer.Ordinal);
    private static int s_count;

    public static EncodedKey Get(string key)
    {
        if (s_keys.TryGetValue(key, out var known))
        {
            return known;
        }

        // Same escaping as the result writer.
        var encoded = new EncodedKey(JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        if (Volatile.Read(ref s_count) < MaxKeys && s_keys.TryAdd(key, encoded))
        {
            Interlocked.Increment(ref s_count);
        }

        return encoded;
    }
}

/// <summary>An encoded key in a box: a reference is published atomically, a two-field struct could be read torn.</summary>
internal sealed class EncodedKey(JsonEncodedText text)
{
    public JsonEncodedText Text { get; } = text;
}
