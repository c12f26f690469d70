namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Trigram similarity as PostgreSQL pg_trgm computes it: lower-cased words (letters and digits), each padded with two
/// spaces before and one after, similarity = shared trigrams / all distinct trigrams of both strings.
/// </summary>
internal static class Trigram
{
    public static double Similarity(string a, string b)
    {
        var left = Trigrams(a);
        var right = Trigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Trigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var words = text.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c));
        foreach (var word in words.Where(w => w.Length > 0))
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                set.Add(padded.Substring(i, 3));
            }
        }

        return set;
    }

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        return [.. parts];
    }
}
