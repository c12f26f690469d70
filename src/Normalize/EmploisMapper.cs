using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps les emplois de l'inclusion pages (<c>GET /api/v1/data-inclusion/?type=siae|orga</c>) to structures
/// (data-inclusion.md §2.3, emplois-api.md §6). No services come from this source.
/// </summary>
public sealed class EmploisMapper : ISourceMapper
{
    /// <summary>Stream of <c>?type=siae</c> pages.</summary>
    public const string SiaesStream = "siaes";

    /// <summary>Stream of <c>?type=orga</c> pages.</summary>
    public const string OrganisationsStream = "organisations";

    public const string SourceSlug = "emplois-de-linclusion";

    private static readonly ValueMap s_kindToReseaux = ValueMap.Load("emplois-de-linclusion/kind-to-reseaux-porteurs.csv");

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var issues = new List<ValidationIssue>();
        foreach (var document in documents)
        {
            if (document.Stream is not (SiaesStream or OrganisationsStream))
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            MapPage(document, structures, issues);
        }

        return new MappingResult(structures, [], issues);
    }

    private static void MapPage(RawDocument document, List<Structure> structures, List<ValidationIssue> issues)
    {
        JsonDocument json;
        try
        {
            json = JsonRead.Parse(document.Content);
        }
        catch (JsonException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return;
        }

        using (json)
        {
            // DRF page: {count, next, previous, results}.
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("results", out var results)
                || results.ValueKind != JsonValueKind.Array)
            {
                issues.Add(MappingIssues.UnreadableDocument(document, "tableau `results` absent."));
                return;
            }

            var index = 0;
            foreach (var item in results.EnumerateArray())
            {
                var structure = MapStructure(document, index, item, issues);
                if (structure is not null)
                {
                    structures.Add(structure);
                }

                index++;
            }
        }
    }

    private static Structure? MapStructure(RawDocument document, int index, JsonElement item, List<ValidationIssue> issues)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            issues.Add(MappingIssues.UnreadableRecord(document, ValidationIssue.StructureType, index, "objet JSON attendu."));
            return null;
        }

        var id = JsonRead.String(item, "id");
        if (id is null)
        {
            issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index));
            return null;
        }

        var dateMaj = JsonRead.Date(item, "date_maj");

        // Legacy /api/v1/structures/ pages (emplois-api.md §7) say presentation_* and typologie, with PE for France Travail.
        var description = JsonRead.String(item, "description")
            ?? JsonRead.String(item, "presentation_detail")
            ?? JsonRead.String(item, "presentation_resume");
        var siret = JsonRead.String(item, "siret");
        var kind = JsonRead.String(item, "kind") ?? JsonRead.String(item, "typologie") switch
        {
            "PE" => "FT",
            var typologie => typologie,
        };
        var reseaux = kind is null ? [] : s_kindToReseaux.MapAll([kind]);
        return new Structure
        {
            Source = SourceSlug,
            Id = $"{SourceSlug}--{id}",
            Nom = JsonRead.String(item, "nom") ?? string.Empty,
            DateMaj = dateMaj ?? default,

            // int_emplois_de_linclusion__structures_v1: descriptions of 1 to 5 characters carry nothing.
            Description = description is { Length: <= 5 } ? null : description,
            LienSource = JsonRead.String(item, "lien_source"),

            // Some organisations send a placeholder SIRET of zeros (stg_emplois_de_linclusion__organisations); before
            // 2025-10-23 orphan antennas sent their 9-digit SIREN instead (emplois-api.md §6): neither is a SIRET.
            Siret = siret is "00000000000000" || siret?.Length == 9 ? null : siret,
            Commune = JsonRead.String(item, "commune"),
            CodePostal = JsonRead.String(item, "code_postal"),
            CodeInsee = JsonRead.String(item, "code_insee"),
            Adresse = JsonRead.String(item, "adresse"),
            ComplementAdresse = JsonRead.String(item, "complement_adresse"),
            Longitude = NonZero(JsonRead.Number(item, "longitude")),
            Latitude = NonZero(JsonRead.Number(item, "latitude")),
            Telephone = JsonRead.String(item, "telephone"),
            Courriel = JsonRead.String(item, "courriel"),
            SiteWeb = JsonRead.String(item, "site_web"),
            ReseauxPorteurs = reseaux.Count == 0 ? null : reseaux,
        };
    }

    // 0 means "not geocoded" on this source, never a real point (staging: 0 → NULL).
    private static double? NonZero(double? value) => value is 0 ? null : value;
}
