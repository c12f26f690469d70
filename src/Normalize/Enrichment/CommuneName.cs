using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// The comparison key of a commune name: lower case, no accents, punctuation and hyphens as single spaces,
/// "st"/"ste" spelt out, CEDEX and what follows removed (data-inclusion.md §4: commune strip <c>cedex…</c>).
/// </summary>
internal static partial class CommuneName
{
    /// <summary>The key of <paramref name="name"/>; empty when nothing is left.</summary>
    public static string Key(string name)
    {
        var text = RemoveDiacritics(name.ToLowerInvariant().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal));
        text = SurAbbreviation().Replace(text, " sur ");
        text = Cedex().Replace(text, string.Empty);
        var tokens = NonAlphanumeric().Split(text).Where(t => t.Length > 0).Select(Expand);
        return string.Join(' ', tokens);
    }

    /// <summary>The key without a parenthesised qualifier ("Bors (Canton de Charente-Sud)" → "bors"), or null if there is none.</summary>
    public static string? BaseKey(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && name.TrimEnd().EndsWith(')') ? Key(name[..open]) : null;
    }

    /// <summary>The key without an arrondissement ordinal ("paris 11e arrondissement" → "paris"), or null if there is none.</summary>
    public static string? WithoutArrondissement(string key)
    {
        var match = ArrondissementSuffix().Match(key);
        return match.Success && match.Index > 0 ? key[..match.Index] : null;
    }

    private static string Expand(string token) => token switch
    {
        "st" => "saint",
        "ste" => "sainte",
        _ => token,
    };

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // "Châlons s/ Marne": the postal abbreviation of "sur".
    [GeneratedRegex(@"\bs/")]
    private static partial Regex SurAbbreviation();

    [GeneratedRegex(@"\bcedex.*$", RegexOptions.Singleline)]
    private static partial Regex Cedex();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@" \d{1,2} ?(er|e|eme|ieme)?( arr| arrondissement)?$")]
    private static partial Regex ArrondissementSuffix();
}
