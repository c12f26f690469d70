namespace DataInclusion.Normalize.Enrichment;

/// <summary>The départements a French postcode can belong to, for matching a commune name within them.</summary>
internal static class Departements
{
    private static readonly string[] s_corse = ["2A", "2B"];

    // La Poste serves Saint-Barthélemy (977) and Saint-Martin (978) under 971xx postcodes (97133, 97150).
    private static readonly string[] s_guadeloupe = ["971", "977", "978"];

    /// <summary>
    /// The first two digits; 20 → 2A or 2B (Corsica shares the 20xxx postcodes); 97x/98x → three digits;
    /// none for a malformed postcode or Monaco (980xx).
    /// </summary>
    public static IReadOnlyList<string> OfCodePostal(string? codePostal)
    {
        if (!CodePostal.IsValid(codePostal))
        {
            return [];
        }

        return codePostal[..2] switch
        {
            "00" => [],
            "20" => s_corse,
            "97" when codePostal[2] == '1' => s_guadeloupe,
            "97" or "98" when codePostal[2] == '0' => [],
            "97" or "98" => [codePostal[..3]],
            var two => [two],
        };
    }
}
