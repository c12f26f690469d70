namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// An address reduced for comparison: house number and street words, street-type abbreviations expanded (the
/// geocoder's cleaning list, data-inclusion.md §4), "bis/ter" kept, postal boxes and articles dropped.
/// </summary>
internal static class StreetKey
{
    private static readonly Dictionary<string, string> s_abbreviations = new(StringComparer.Ordinal)
    {
        ["all"] = "allee", ["av"] = "avenue", ["ave"] = "avenue", ["bd"] = "boulevard", ["bld"] = "boulevard",
        ["bvd"] = "boulevard", ["boul"] = "boulevard", ["che"] = "chemin", ["chem"] = "chemin", ["crs"] = "cours",
        ["esp"] = "esplanade", ["fg"] = "faubourg", ["fbg"] = "faubourg", ["ham"] = "hameau", ["imp"] = "impasse",
        ["ld"] = "lieu dit", ["mte"] = "montee", ["pas"] = "passage", ["pl"] = "place", ["pro"] = "promenade",
        ["prom"] = "promenade", ["pte"] = "porte", ["qu"] = "quai", ["qua"] = "quartier", ["r"] = "rue",
        ["rpt"] = "rond point", ["rle"] = "ruelle", ["rte"] = "route", ["sq"] = "square", ["tra"] = "traverse",
        ["voi"] = "voie", ["st"] = "saint", ["ste"] = "sainte", ["gal"] = "general", ["mal"] = "marechal",
    };

    private static readonly HashSet<string> s_noise = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "d", "de", "des", "du", "en", "l", "la", "le", "les", "et",
    };

    /// <summary>The key, or null when the address has no street words to compare.</summary>
    public static string? From(string? adresse)
    {
        var tokens = Fold.Tokens(adresse);
        var words = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];

            // "BP 123", "CS 40001": postal boxes say nothing about the place.
            if (token is "bp" or "cs" or "cedex" && i + 1 < tokens.Length && tokens[i + 1].All(char.IsAsciiDigit))
            {
                i++;
                continue;
            }

            if (!s_noise.Contains(token))
            {
                words.Add(s_abbreviations.GetValueOrDefault(token, token));
            }
        }

        return words.Any(w => !w.All(char.IsAsciiDigit)) ? string.Join(' ', words) : null;
    }
}
