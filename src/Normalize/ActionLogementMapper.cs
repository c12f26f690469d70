namespace DataInclusion.Normalize;

/// <summary>
/// Maps Action Logement's Grist tables (v1-shaped CSV, data-inclusion.md §2.4, mappings/action-logement/constants.csv):
/// structures as published, and every national service offered by every structure.
/// </summary>
/// <remarks>
/// Reading (JSON, NDJSON, CSV, XLSX; lists, <c>__ignore__</c> rows) is <see cref="V1FeedMapper"/>'s; this class applies
/// the source's constants and the cross join, which a plain v1 feed does not have (its services name no structure).
/// </remarks>
public sealed class ActionLogementMapper : ISourceMapper
{
    /// <summary>The Grist <c>Structures</c> table.</summary>
    public const string StructuresStream = V1FeedMapper.StructuresStream;

    /// <summary>The Grist <c>Services</c> table.</summary>
    public const string ServicesStream = V1FeedMapper.ServicesStream;

    public const string SourceSlug = "action-logement";

    private const string Prefix = SourceSlug + "--";

    private readonly V1FeedMapper _reader = new(SourceSlug);

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var feed = _reader.Map(documents);

        // constants.csv: no e-mail and no accessibility link are published for the structures.
        var structures = feed.Structures.Select(s => s with { Courriel = null, AccessibiliteLieu = null }).ToList();
        var services = structures.SelectMany(s => feed.Services.Select(row => OfferedBy(row, s))).ToList();
        return new MappingResult(structures, services, feed.Issues);
    }

    /// <summary>constants.csv: id <c>&lt;structure id&gt;-&lt;service id&gt;</c>; zone from the postcode, hours from the structure.</summary>
    private static Service OfferedBy(Service row, Structure structure) => row with
    {
        StructureId = structure.Id,
        Id = $"{structure.Id}-{row.Id[Prefix.Length..]}",
        Commune = structure.Commune,
        CodePostal = structure.CodePostal,
        CodeInsee = structure.CodeInsee,
        Adresse = structure.Adresse,
        ComplementAdresse = structure.ComplementAdresse,
        Longitude = structure.Longitude,
        Latitude = structure.Latitude,
        ZoneEligibilite = row.ZoneEligibilite ?? (Departement(structure.CodePostal) is { } departement ? [departement] : null),
        HorairesAccueil = structure.HorairesAccueil,
    };

    /// <summary>The département of a postcode: 97x overseas, 2A (200xx–201xx) or 2B in Corsica, else the first two digits.</summary>
    internal static string? Departement(string? codePostal)
    {
        if (!CodePostal.IsValid(codePostal))
        {
            return null;
        }

        return codePostal switch
        {
            _ when codePostal.StartsWith("97", StringComparison.Ordinal) => codePostal[..3],
            _ when codePostal.StartsWith("20", StringComparison.Ordinal) => codePostal[2] is '0' or '1' ? "2A" : "2B",
            _ => codePostal[..2],
        };
    }
}
