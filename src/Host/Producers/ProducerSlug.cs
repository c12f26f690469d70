using System.Text.RegularExpressions;
using DataInclusion.Host.Pipeline;

namespace DataInclusion.Host.Producers;

/// <summary>
/// data·inclusion's source slugs: lowercase letters and digits in words joined by single hyphens (<c>france-travail</c>).
/// A slug prefixes every id (<c>&lt;source&gt;--&lt;id&gt;</c>), so a double hyphen is refused, and a producer can never
/// take a built-in source's slug.
/// </summary>
internal static partial class ProducerSlug
{
    public const int MaxLength = 60;

    /// <summary>Why <paramref name="slug"/> cannot name a new producer, or null.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length is < 2 or > MaxLength || !Pattern().IsMatch(slug))
        {
            return $"'{slug}' is not a valid slug: 2 to {MaxLength} lowercase letters or digits, words joined by single hyphens (e.g. mon-reseau-35)";
        }

        return SourceRegistry.Find(slug) is null ? null : $"'{slug}' is a built-in source: choose another slug";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
