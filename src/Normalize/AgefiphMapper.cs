using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps Agefiph's Drupal JSON:API export: regional contacts become structures and every "aide/solution" is offered by
/// every structure (data-inclusion.md §2.4, mappings/agefiph, README of mappings/: agefiph rules).
/// </summary>
public sealed partial class AgefiphMapper : ISourceMapper
{
    /// <summary>JSON:API pages of contact nodes (<c>{data: [...]}</c>).</summary>
    public const string StructuresStream = "structures";

    /// <summary>JSON:API pages of aide/solution nodes.</summary>
    public const string ServicesStream = "services";

    public const string SourceSlug = "agefiph";

    // Only contacts of this type are places that receive people (int_agefiph__structures_v1).
    private const string ReceivingContactType = "3050a487-098f-4af0-9809-bc7ec4a5b999";

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var issues = new List<ValidationIssue>();
        var structures = new List<Structure>();
        var solutions = new List<Service>();
        foreach (var document in documents)
        {
            var resourceType = document.Stream == ServicesStream ? ValidationIssue.ServiceType : ValidationIssue.StructureType;
            if (document.Stream is not (StructuresStream or ServicesStream))
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            var nodes = JsonRecords.Read(document, issues, "data");
            for (var index = 0; index < nodes.Count; index++)
            {
                var node = nodes[index];
                if (node.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(MappingIssues.UnreadableRecord(document, resourceType, index, "objet JSON attendu."));
                }
                else if (JsonRead.String(node, "id") is not { } id)
                {
                    issues.Add(MappingIssues.MissingId(document, resourceType, index));
                }
                else if (document.Stream == StructuresStream && JsonRead.String(node, "relationships.field_type_contact.data.id") == ReceivingContactType)
                {
                    structures.Add(MapStructure(node, id));
                }
                else if (document.Stream == ServicesStream && MapSolution(node, id) is { } solution)
                {
                    solutions.Add(solution);
                }
            }
        }

        var services = structures.SelectMany(s => solutions.Select(solution => OfferedBy(solution, s))).ToList();
        return new MappingResult(structures, services, issues);
    }

    private static Structure MapStructure(JsonElement node, string id) => new()
    {
        Source = SourceSlug,
        Id = $"{SourceSlug}--{id}",
        Nom = JsonRead.String(node, "attributes.title") ?? string.Empty,
        DateMaj = Date(node),
        Description = Text.Truncate(JsonRead.String(node, "attributes.field_texte_brut_long"), 10000),
        Commune = JsonRead.String(node, "attributes.field_adresse.locality"),
        CodePostal = JsonRead.String(node, "attributes.field_adresse.postal_code"),
        Adresse = JsonRead.String(node, "attributes.field_adresse.address_line1"),
        ComplementAdresse = JsonRead.String(node, "attributes.field_adresse.address_line2"),
        Longitude = JsonRead.Number(node, "attributes.field_geolocalisation.lng"),
        Latitude = JsonRead.Number(node, "attributes.field_geolocalisation.lat"),
        Telephone = JsonRead.String(node, "attributes.field_telephone"),
        Courriel = JsonRead.String(node, "attributes.field_courriel"),
        SiteWeb = SiteUrl(JsonRead.String(node, "attributes.field_lien_externe.uri")),
        ReseauxPorteurs = ["agefiph"],
    };

    // Drupal's "changed", else "created".
    private static DateOnly Date(JsonElement node) =>
        JsonRead.Date(node, "attributes.changed") ?? JsonRead.Date(node, "attributes.created") ?? default;

    /// <summary>Drupal link fields hold <c>internal:/path</c> for pages of the site itself.</summary>
    private static string? SiteUrl(string? uri) =>
        uri is not null && uri.StartsWith("internal:", StringComparison.Ordinal) ? $"https://www.agefiph.fr{uri["internal:".Length..]}" : uri;
}
