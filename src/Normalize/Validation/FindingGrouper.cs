namespace DataInclusion.Normalize.Validation;

/// <summary>Groups identical findings and writes their lines as ranges, as the valideur's table does (« lignes 3 à 7 »).</summary>
public static class FindingGrouper
{
    public static IReadOnlyList<FindingGroup> Group(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => (f.File, f.Sheet, f.ResourceType, f.BaseField, f.Code, f.Severity, f.Value, f.Message))
            .Select(g =>
            {
                var first = g.First();
                var numbers = g.Select(f => f.Line ?? (f.Index + 1)).OfType<int>().Distinct().Order().ToList();
                var ranges = Ranges(numbers);
                var noun = first.Line is null && first.Index is not null ? "enregistrement" : "ligne";
                return new FindingGroup(first.File, first.Sheet, first.ResourceType, first.BaseField, first.Code, first.Severity, first.Value,
                    first.Message, first.Suggestion, g.Count(), ranges, Describe(ranges, noun));
            })
            .OrderBy(g => g.Lines.Count == 0 ? 0 : g.Lines[0].First)
            .ThenBy(g => g.Field, StringComparer.Ordinal)
            .ToList();

    /// <summary>Sorted distinct numbers as runs: 3,4,5,7 → [3–5], [7].</summary>
    public static IReadOnlyList<LineRange> Ranges(IReadOnlyList<int> sorted)
    {
        var ranges = new List<LineRange>();
        foreach (var number in sorted)
        {
            if (ranges.Count > 0 && ranges[^1].Last + 1 == number)
            {
                ranges[^1] = ranges[^1] with { Last = number };
            }
            else
            {
                ranges.Add(new LineRange(number, number));
            }
        }

        return ranges;
    }

    /// <summary>« ligne 3 », « lignes 3 à 7 », « lignes 3 à 7, 9 et 12 »; empty without lines (a whole file).</summary>
    public static string Describe(IReadOnlyList<LineRange> ranges, string noun = "ligne")
    {
        if (ranges.Count == 0)
        {
            return string.Empty;
        }

        var parts = ranges.Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First} à {r.Last}").ToList();
        var single = ranges is [{ } only] && only.First == only.Last;
        var list = parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} et {parts[^1]}";
        return $"{noun}{(single ? string.Empty : "s")} {list}";
    }
}
