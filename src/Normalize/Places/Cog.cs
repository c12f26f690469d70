using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Places;

/// <summary>
/// The offline Code officiel géographique: départements, régions and EPCI by code or data·inclusion slug, and where a
/// commune code sits (<see cref="Locate"/>). Data: <c>@etalab/decoupage-administratif</c> 6.0.0 (millésime 2026,
/// Licence Ouverte), see <c>Enrichment/Data/README.md</c>. Thread-safe; loaded once per process, on first use.
/// </summary>
public static class Cog
{
    private static CogTables Tables => CogTables.Default;

    public static IReadOnlyCollection<Departement> Departements => Tables.DepartementsByCode.Values;

    public static IReadOnlyCollection<Region> Regions => Tables.RegionsByCode.Values;

    public static Departement? Departement(string? code) => Find(Tables.DepartementsByCode, code);

    public static Departement? DepartementBySlug(string? slug) => Find(Tables.DepartementsBySlug, slug);

    public static Region? Region(string? code) => Find(Tables.RegionsByCode, code);

    public static Region? RegionBySlug(string? slug) => Find(Tables.RegionsBySlug, slug);

    public static Epci? Epci(string? code) => Find(Tables.EpcisByCode, code);

    /// <summary>The EPCI the commune belongs to; null for the few communes outside any (islands, overseas collectivities).</summary>
    public static Epci? EpciOf(string? codeCommune) => Find(Tables.EpciOfCommune, Arrondissements.CommuneOf(codeCommune) ?? codeCommune);

    /// <summary>Whether a commune of the COG has this postcode (a CEDEX or invented code has none).</summary>
    public static bool IsCodePostal(string? codePostal) => codePostal is not null && Tables.CodesPostaux.Contains(codePostal);

    /// <summary>
    /// The postcodes of a commune (or municipal arrondissement, or old delegated/associated commune) code; null when the
    /// code is not in the COG.
    /// </summary>
    public static IReadOnlySet<string>? CodesPostauxOf(string? codeInsee) => Find(Tables.CodesPostauxOfCommune, codeInsee?.Trim());

    /// <summary>
    /// The commune, arrondissement, département, région and EPCI of a commune code (or of a municipal arrondissement
    /// code, read as its commune). Null fields where the code is malformed or not in the COG: never a guess.
    /// </summary>
    public static CogPlace Locate(string? codeInsee)
    {
        if (!CodeInsee.TryParse(codeInsee?.Trim(), out var code))
        {
            return CogPlace.None;
        }

        var commune = Arrondissements.CommuneOf(code.Value);
        var departement = Departement(code.Departement);
        return new CogPlace(
            commune ?? code.Value,
            commune is null ? null : code.Value,
            departement?.Code,
            departement?.CodeRegion,
            EpciOf(commune ?? code.Value)?.Code);
    }

    private static T? Find<T>(Dictionary<string, T> table, string? key) where T : class =>
        key is not null && table.TryGetValue(key, out var value) ? value : null;
}
