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

    /// <summary>The institutions named in <paramref name="renamed"/> (folded and renamed text), sorted, joined by '|'.</summary>
    public static string Of(string renamed)
    {
        var padded = " " + renamed + " ";
        return string.Join('|', s_names.Where(n => padded.Contains(" " + n + " ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
