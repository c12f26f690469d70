using System.Globalization;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// The municipal arrondissements of Paris, Lyon and Marseille and their commune: data·inclusion publishes the commune
/// code in <c>code_insee</c> and keeps the arrondissement apart (data-inclusion.md §4 and §10).
/// </summary>
internal static class Arrondissements
{
    /// <summary>The commune code for an arrondissement code (75101–75120, 69381–69389, 13201–13216), else null.</summary>
    public static string? CommuneOf(string? code)
    {
        if (code is not { Length: 5 } || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return number switch
        {
            >= 75101 and <= 75120 => "75056",
            >= 69381 and <= 69389 => "69123",
            >= 13201 and <= 13216 => "13055",
            _ => null,
        };
    }
}
