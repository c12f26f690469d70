using System.Collections.Concurrent;

namespace DataInclusion.GraphQL.Language;

/// <summary>
/// Names seen by the parser, shared across documents: the same field and type names come in every request, so a name
/// already known costs no string. Bounded, so documents full of invented names cannot grow it without limit.
/// </summary>
internal static class NameTable
{
    private const int MaxNames = 10_000;
    private const int MaxLength = 64;
    private static readonly ConcurrentDictionary<string, string> s_names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (s_lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        if (name.Length <= MaxLength && Volatile.Read(ref s_count) < MaxNames && s_names.TryAdd(text, text))
        {
            Interlocked.Increment(ref s_count);
        }

        return text;
    }
}
