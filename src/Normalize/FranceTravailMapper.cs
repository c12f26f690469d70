using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps France Travail: agences (<c>referentielagences/v1/agences?horaire=true</c>, JSON) become structures, and the
/// national Grist table of services (CSV, already v1-shaped) is offered by every agence (data-inclusion.md §2.4,
/// mappings/france-travail/constants.csv).
/// </summary>
/// <remarks>The agences API has no update date: <c>date_maj</c> is the mapping day, hence the <see cref="TimeProvider"/>.</remarks>
public sealed partial class FranceTravailMapper(TimeProvider timeProvider) : ISourceMapper
{
    /// <summary>The agences JSON array.</summary>
    public const string AgencesStream = "agences";

    /// <summary>The Grist <c>Services</c> table as CSV.</summary>
    public const string ServicesStream = "services";

    public const string SourceSlug = "france-travail";

    // constants.csv: fixed national number and site; ADEDA agences link to the scheme's page.
    private const string Telephone = "3949";
    private const string SiteWeb = "https://www.francetravail.fr";
    private const string AdedaUrl = "https://www.francetravail.fr/actualites/a-laffiche/2022/adeda-un-dispositif-pour-mieux-a.html";

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var issues = new List<ValidationIssue>();
        var agences = new List<(Structure Structure, string Code)>();
        var rows = new List<(string Locator, Service Row)>();
        var today = Paris.Today(timeProvider);
        foreach (var document in documents)
        {
            switch (document.Stream)
            {
                case AgencesStream:
                    agences.AddRange(MapAgences(document, today, issues));
                    break;
                case ServicesStream:
                    rows.AddRange(ReadServiceRows(document, issues));
                    break;
                default:
                    issues.Add(MappingIssues.UnknownStream(document));
                    break;
            }
        }

        // Every national service is offered by every agence (cross join).
        var services = agences.SelectMany(a => rows.Select(r => ServiceAt(r.Row, a.Structure, a.Code))).ToList();
        return new MappingResult(agences.Select(a => a.Structure).ToList(), services, issues);
    }

    private static List<(Structure, string)> MapAgences(RawDocument document, DateOnly today, List<ValidationIssue> issues)
    {
        var result = new List<(Structure, string)>();
        var records = JsonRecords.Read(document, issues, "agences", "results");
        for (var index = 0; index < records.Count; index++)
        {
            var agence = records[index];
            if (agence.ValueKind != JsonValueKind.Object)
            {
                issues.Add(MappingIssues.UnreadableRecord(document, ValidationIssue.StructureType, index, "objet JSON attendu."));
            }
            else if (JsonRead.String(agence, "code") is not { } code)
            {
                issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index, "code"));
            }
            else
            {
                result.Add((MapAgence(agence, code, today), code));
            }
        }

        return result;
    }

    private static Structure MapAgence(JsonElement agence, string code, DateOnly today) => new()
    {
        Source = SourceSlug,
        Id = $"{SourceSlug}--{code}",
        Nom = JsonRead.String(agence, "libelleEtendu") ?? JsonRead.String(agence, "libelle") ?? string.Empty,
        DateMaj = today,
        Siret = JsonRead.String(agence, "siret"),
        Commune = Commune(JsonRead.String(agence, "adressePrincipale.ligne6")),
        CodePostal = JsonRead.String(agence, "adressePrincipale.bureauDistributeur"),
        CodeInsee = JsonRead.String(agence, "adressePrincipale.communeImplantation"),
        Adresse = JsonRead.String(agence, "adressePrincipale.ligne4"),
        ComplementAdresse = JsonRead.String(agence, "adressePrincipale.ligne3"),
        Longitude = JsonRead.Number(agence, "adressePrincipale.gpsLon"),
        Latitude = JsonRead.Number(agence, "adressePrincipale.gpsLat"),

        // France Travail does not want agency e-mails published (constants.csv).
        Telephone = Telephone,
        SiteWeb = SiteWeb,
        HorairesAccueil = Hours(JsonRead.Path(agence, "horaires")),
        AccessibiliteLieu = JsonRead.Boolean(agence, "dispositifADEDA") == true ? AdedaUrl : null,
        ReseauxPorteurs = ["france-travail"],
    };

    // ligne6 is "44200 NANTES": the commune follows the postcode.
    private static string? Commune(string? ligne6)
    {
        if (ligne6 is null)
        {
            return null;
        }

        var parts = ligne6.Split(' ', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length == 5 && parts[0].All(char.IsAsciiDigit) ? parts[1] : ligne6;
    }
}
