using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// The comparison key of a commune name: lower case, no accents, punctuation and hyphens as single spaces,
/// "st"/"ste" and "s/" spelt out, CEDEX and what follows removed (data-inclusion.md §4: commune strip <c>cedex…</c>).
/// </summary>
internal static partial class CommuneName
{
    /// <summary>The key of <paramref name="name"/>; empty when nothing is left.</summary>
    /// <remarks>One pass over the decomposed text: the table keys 35,000 names when it loads.</remarks>
    public static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(text.Length);
        var token = new StringBuilder();
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                token.Append(lower);
            }
            else if (lower is 'œ' or 'æ')
            {
                token.Append(lower == 'œ' ? "oe" : "ae");
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !Flush(token, key, separator: lower))
            {
                return key.ToString();
            }
        }

        Flush(token, key, separator: ' ');
        return key.ToString();
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

    /// <summary>Appends the pending token to the key; false when it starts the CEDEX suffix (the rest is dropped).</summary>
    private static bool Flush(StringBuilder token, StringBuilder key, char separator)
    {
        if (token.Length == 0)
        {
            return true;
        }

        var word = token.ToString();
        token.Clear();
        if (word.StartsWith("cedex", StringComparison.Ordinal))
        {
            return false;
        }

        if (key.Length > 0)
        {
            key.Append(' ');
        }

        key.Append(word switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "s" when separator == '/' => "sur", // "Châlons s/ Marne": La Poste's abbreviation of "sur"
            _ => word,
        });
        return true;
    }

    [GeneratedRegex(@" \d{1,2} ?(er|e|eme|ieme)?( arr| arrondissement)?$")]
    private static partial Regex ArrondissementSuffix();
}
