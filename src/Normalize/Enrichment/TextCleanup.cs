using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>Clean-ups of free text, e-mail addresses and links (data-inclusion.md §2.5).</summary>
internal static partial class TextCleanup
{
    /// <summary>Schema v1: <c>nom</c> is at most 150 characters.</summary>
    public const int NomMaxLength = 150;

    /// <summary>Schema v1: <c>description</c> is at most 10,000 characters.</summary>
    public const int DescriptionMaxLength = 10_000;

    private const string Ellipsis = "…";

    /// <summary>
    /// Trimmed, inner whitespace runs (tabs, newlines, no-break spaces) as one space, then truncated to 150. A missing
    /// <c>nom</c> (a producer's <c>"nom": null</c>, an empty CSV cell) stays missing: validation reports it.
    /// </summary>
    [return: NotNullIfNotNull(nameof(nom))]
    public static string? Nom(string? nom) => nom is null ? null : Truncate(Whitespace().Replace(nom.Trim(), " "), NomMaxLength);

    /// <summary>Truncated to 10,000 characters; otherwise kept as written (line breaks matter in descriptions).</summary>
    [return: NotNullIfNotNull(nameof(description))]
    public static string? Description(string? description) =>
        description is null ? null : Truncate(description, DescriptionMaxLength);

    /// <summary>
    /// §2.5 Truncation: over <paramref name="max"/> characters, the first max − 1 and "…" (one character short if
    /// the cut would split a surrogate pair).
    /// </summary>
    public static string Truncate(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var keep = char.IsHighSurrogate(value[max - 2]) ? max - 2 : max - 1;
        return string.Concat(value.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>Trimmed and lower-cased, without a <c>mailto:</c> prefix; blank becomes null.</summary>
    public static string? Courriel(string? courriel)
    {
        var trimmed = courriel?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["mailto:".Length..].Trim();
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>
    /// §2.5 URLs: trimmed, <c>https://</c> prefixed when there is no scheme ("www.exemple.fr", "//exemple.fr");
    /// blank becomes null; a value with inner spaces or another scheme (mailto:, tel:) is left for validation.
    /// </summary>
    public static string? Url(string? url)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Contains("://", StringComparison.Ordinal) || Scheme().IsMatch(trimmed) || trimmed.Any(char.IsWhiteSpace))
        {
            return trimmed;
        }

        return trimmed.StartsWith("//", StringComparison.Ordinal) ? "https:" + trimmed : "https://" + trimmed;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // RFC 3986 scheme, but not "host:port" (a scheme is never followed by a digit in the links we receive).
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:(?!\d)")]
    private static partial Regex Scheme();
}
