using System.Globalization;
using CsvHelper;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Places;

/// <summary>The embedded COG extract (Enrichment/Data/cog-*.csv, millésime 2026), indexed once per process.</summary>
internal sealed class CogTables
{
    private static readonly Lazy<CogTables> s_default = new(() => new CogTables(
        Read("enrichment/cog-regions.csv"), Read("enrichment/cog-departements.csv"), Read("enrichment/cog-epci.csv"))
    {
        CodesPostauxOfCommune = Read("enrichment/cog-communes-codes-postaux.csv")
            .ToDictionary(row => row[0], row => (IReadOnlySet<string>)row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
    });

    public CogTables(IEnumerable<string[]> regions, IEnumerable<string[]> departements, IEnumerable<string[]> epcis)
    {
        var departementRows = departements.ToList();
        foreach (var row in regions)
        {
            var codes = departementRows.Where(d => d[2] == row[0]).Select(d => d[0]).ToList();
            var region = new Region(row[0], row[1], Slugs.Of(row[1]), codes);
            RegionsByCode[region.Code] = region;
            RegionsBySlug[region.Slug] = region;
        }

        foreach (var row in departementRows)
        {
            var departement = new Departement(row[0], row[1], Slugs.Of(row[1]), row[2].Length == 0 ? null : row[2]);
            DepartementsByCode[departement.Code] = departement;
            DepartementsBySlug[departement.Slug] = departement;
        }

        foreach (var row in epcis)
        {
            var epci = new Epci(row[0], row[1], row[2], row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            EpcisByCode[epci.Code] = epci;
            foreach (var commune in epci.Communes)
            {
                EpciOfCommune[commune] = epci;
            }
        }
    }

    public static CogTables Default => s_default.Value;

    public Dictionary<string, Region> RegionsByCode { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Region> RegionsBySlug { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Departement> DepartementsByCode { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Departement> DepartementsBySlug { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Epci> EpcisByCode { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Epci> EpciOfCommune { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each commune's postcodes (La Poste's, through the package), by commune or municipal arrondissement code; an old
    /// code (delegated or associated commune) has its chef-lieu's. CEDEX and made-up codes are in no set.
    /// </summary>
    public Dictionary<string, IReadOnlySet<string>> CodesPostauxOfCommune
    {
        get;
        init
        {
            field = value;
            CodesPostaux = value.Values.SelectMany(codes => codes).ToHashSet(StringComparer.Ordinal);
        }
    } = new(StringComparer.Ordinal);

    /// <summary>Every postcode of the COG's communes.</summary>
    public HashSet<string> CodesPostaux { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The data rows of an embedded CSV (header skipped), fields as written.</summary>
    private static List<string[]> Read(string logicalName)
    {
        using var reader = new StreamReader(EmbeddedResources.Open(logicalName));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        csv.Read();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
