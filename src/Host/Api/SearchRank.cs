namespace DataInclusion.Host.Api;

/// <summary>
/// search(q)'s order (migration 0150): tier 1 when the query matches a row's name alone, 2 when it needs the labels
/// (thématiques, publics, réseaux porteurs, publics_precisions), 3 when it needs the description; within a tier, names
/// with fewer distinct words first; then id. The score is <c>(3 − tier + 0.5 / (1 + name length)) / 3</c>, as
/// <c>marts.search_score</c> computes it: decreasing along that order, so a (score, id) cursor carries the position.
/// </summary>
internal static class SearchRank
{
    public const int Tiers = 3;

    /// <summary>
    /// The within-tier key (distinct words of the name, <c>marts.search_name_length(search_vector)</c>), a column the
    /// publication computes (migration 0190), served by the (key, id) btree of each mart.
    /// </summary>
    public const string NameLength = "search_name_length";

    /// <summary>The same operations in the same order as <c>marts.search_score</c>, so both give the same double.</summary>
    public static double Score(int tier, int nameLength) => (3 - tier + 0.5 / (1 + nameLength)) / 3;

    /// <summary>The tier and name length a score was computed from, or null for a score this rule cannot give.</summary>
    public static (int Tier, int NameLength)? Decode(double score)
    {
        // 3 × score lies in (3 − tier, 3 − tier + 0.5]: far from the integers, whatever the rounding.
        var scaled = 3 * score;
        var tier = 3 - (int)Math.Floor(scaled);
        var fraction = scaled - Math.Floor(scaled);
        if (tier is < 1 or > Tiers || fraction <= 0 || fraction > 0.5 + 1e-9)
        {
            return null;
        }

        var length = (int)Math.Round(0.5 / fraction - 1);
        return length >= 0 && Score(tier, length) == score ? (tier, length) : null;
    }

    /// <summary>The predicate (beyond <c>search_vector @@ q</c>) of one tier's rows, for the tsquery expression <paramref name="query"/>.</summary>
    public static string TierPredicate(int tier, string query) => tier switch
    {
        // search_name is marts.search_name(search_vector), stored (migration 0190) and indexed by GIN.
        1 => $"search_name @@ {query}",
        2 => $"marts.search_head(search_vector) @@ {query} AND NOT search_name @@ {query}",
        3 => $"NOT marts.search_head(search_vector) @@ {query}",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
