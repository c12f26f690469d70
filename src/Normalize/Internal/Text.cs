namespace DataInclusion.Normalize.Internal;

/// <summary>Small text clean-ups shared by the mappers (each cites the pipeline rule it reproduces).</summary>
internal static class Text
{
    /// <summary>Dora staging: trailing dots are removed from names, except after "etc".</summary>
    public static string StripTrailingDots(string value)
    {
        if (value.EndsWith("etc.", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        return value.TrimEnd('.', ' ');
    }

    /// <summary>data-inclusion.md §2.5: over <paramref name="max"/> characters, keep max − 1 and add "…".</summary>
    public static string? Truncate(string? value, int max) =>
        value is not null && value.Length > max ? string.Concat(value.AsSpan(0, max - 1), "…") : value;

    /// <summary>The non-blank parts joined, or null when there is none.</summary>
    public static string? Join(string separator, IEnumerable<string?> parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return kept.Count == 0 ? null : string.Join(separator, kept);
    }

    public static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
