namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// The institutions a name mentions (after renamings). Two names mentioning different institutions are different
/// structures even at one address: "France services" and "Permanence CAF - France services" are a host and its guest.
/// </summary>
internal static class Institutions
{
    private static readonly string[] s_names =
    [
        "ccas", "cias", "caf", "cpam", "msa", "carsat", "mission locale", "cidff", "adil", "pmi", "mdph", "udaf", "plie",
        "info jeunes", "habitat jeunes", "france travail", "france services", "cap emploi", "secours populaire",
        "secours catholique", "croix rouge", "restos du coeur", "emmaus", "apec", "agefiph", "conseiller numerique", "epn",
        "chrs", "aci", "ei", "etti", "ai",
    ];

    // Each name between spaces, sorted: a name is matched on word boundaries, and the names found come out in order.
    // Built once: concatenated per name and per record, they were 32 strings of garbage for each structure keyed.
    private static readonly (string Name, string Padded)[] s_padded =
        [.. s_names.Order(StringComparer.Ordinal).Select(n => (n, " " + n + " "))];

    /// <summary>The institutions named in <paramref name="renamed"/> (folded and renamed text), sorted, joined by '|'.</summary>
    public static string Of(string renamed)
    {
        var padded = " " + renamed + " ";
        List<string>? found = null;
        foreach (var (name, spaced) in s_padded)
        {
            if (padded.Contains(spaced, StringComparison.Ordinal))
            {
                (found ??= []).Add(name);
            }
        }

        return found is null ? string.Empty : string.Join('|', found);
    }
}
