using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps the ANCT "Cartographie nationale des lieux de médiation numérique" export (<c>GET /carto</c>, one JSON array)
/// to one structure and one service per lieu (data-inclusion.md §2.4, interop.md §2.3, mappings/mediation-numerique).
/// </summary>
public sealed partial class MediationNumeriqueMapper : ISourceMapper
{
    /// <summary>The whole export of <c>GET /carto</c>.</summary>
    public const string StructuresStream = "structures";

    public const string SourceSlug = "mediation-numerique";

    // These producers are ingested directly: their lieux relayed by the cartographie would be duplicates.
    private static readonly HashSet<string> s_directSources = new(["dora", "fredo", "soliguide"], StringComparer.OrdinalIgnoreCase);

    private static readonly ValueMap s_reseaux = ValueMap.Load("mediation-numerique/dispositifs-programmes-nationaux-to-reseaux-porteurs.csv");

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var services = new List<Service>();
        var issues = new List<ValidationIssue>();
        foreach (var document in documents)
        {
            if (document.Stream != StructuresStream)
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            var records = JsonRecords.Read(document, issues, "data", "structures");
            for (var index = 0; index < records.Count; index++)
            {
                var record = records[index];
                if (record.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(MappingIssues.UnreadableRecord(document, ValidationIssue.StructureType, index, "objet JSON attendu."));
                }
                else if (JsonRead.String(record, "id") is not { } id)
                {
                    issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index));
                }
                else if (JsonRead.String(record, "source") is not { } origin || !s_directSources.Contains(origin))
                {
                    var structure = MapStructure(record, id);
                    structures.Add(structure);
                    services.Add(MapService(record, structure));
                }
            }
        }

        return new MappingResult(structures, services, issues);
    }

    private static Structure MapStructure(JsonElement record, string id)
    {
        var pivot = JsonRead.String(record, "pivot");
        return new Structure
        {
            Source = SourceSlug,
            Id = $"{SourceSlug}--{id}",
            Nom = JsonRead.String(record, "nom") ?? string.Empty,
            DateMaj = JsonRead.Date(record, "date_maj") ?? default,
            Description = Description(record),
            LienSource = $"https://cartographie.societenumerique.gouv.fr/cartographie/{Uri.EscapeDataString(id)}/details",

            // pivot is the SIRET when the lieu has one; 14 zeros or a non-SIRET means none.
            Siret = pivot is { Length: 14 } && pivot.All(char.IsAsciiDigit) && pivot != "00000000000000" ? pivot : null,
            Commune = JsonRead.String(record, "adresse.commune"),
            CodePostal = JsonRead.String(record, "adresse.code_postal"),
            CodeInsee = JsonRead.String(record, "adresse.code_insee"),
            Adresse = Text.Join(" ", [JsonRead.String(record, "adresse.numero_voie"), JsonRead.String(record, "adresse.repetition"), JsonRead.String(record, "adresse.nom_voie")]),
            Longitude = JsonRead.Number(record, "longitude"),
            Latitude = JsonRead.Number(record, "latitude"),
            Telephone = JsonRead.String(record, "telephone"),
            Courriel = Courriel(record),
            SiteWeb = FirstUrl(JsonRead.String(record, "site_web")),
            HorairesAccueil = JsonRead.String(record, "horaires"),
            ReseauxPorteurs = Text.NullIfEmpty(s_reseaux.MapAll(JsonRead.Strings(record, "dispositif_programmes_nationaux"))),
        };
    }

    private static string? Description(JsonElement record) =>
        Text.Truncate(JsonRead.String(record, "presentation_detail") ?? JsonRead.String(record, "presentation_resume"), 10000);

    private static string? Courriel(JsonElement record) =>
        JsonRead.Strings(record, "courriels") is [var first, ..] ? first : JsonRead.String(record, "courriel");

    // The standard allows several sites separated by "|": the first one is the lieu's own.
    private static string? FirstUrl(string? value) => value?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
