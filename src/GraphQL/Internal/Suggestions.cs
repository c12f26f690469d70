namespace DataInclusion.GraphQL.Internal;

/// <summary>"Did you mean" hints: options within an edit distance of 40 % of the input, closest first (as graphql-js).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var scored = new List<(string Option, int Distance)>();
        var lowerInput = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Distance(input, lowerInput, option, threshold);
            if (distance is { } d)
            {
                scored.Add((option, d));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return scored.ConvertAll(s => s.Option);
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        return " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ") + OrList(quoted) + "?";
    }

    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
    };

    // Optimal string alignment distance on lower-cased strings; 1 for a case-only difference.
    private static int? Distance(string input, string lowerInput, string option, int threshold)
    {
        if (string.Equals(input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (string.Equals(lowerInput, lowerOption, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = lowerOption;
        var b = lowerInput;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with digit runs compared by numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var si = i;
                var sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var na = decimal.Parse(a.AsSpan(si, i - si), System.Globalization.CultureInfo.InvariantCulture);
                var nb = decimal.Parse(b.AsSpan(sj, j - sj), System.Globalization.CultureInfo.InvariantCulture);
                if (na != nb)
                {
                    return na.CompareTo(nb);
                }

                continue;
            }

            if (a[i] != b[j])
            {
                return a[i].CompareTo(b[j]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
