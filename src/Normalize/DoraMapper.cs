using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps Dora's API v2 payload (v0-shaped, data-inclusion.md §2.4, interop.md §2.1) to v1 structures and services
/// (mappings/v0-to-v1-fields.csv, mappings/dora/*.csv).
/// </summary>
public sealed partial class DoraMapper : ISourceMapper
{
    /// <summary>Pages of <c>GET /api/v2/structures/</c> (DRF page or flat array).</summary>
    public const string StructuresStream = "structures";

    /// <summary>Pages of <c>GET /api/v2/services/</c>.</summary>
    public const string ServicesStream = "services";

    public const string SourceSlug = "dora";

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var services = new List<Service>();
        var issues = new List<ValidationIssue>();
        var structureDocuments = 0;
        foreach (var document in documents)
        {
            switch (document.Stream)
            {
                case StructuresStream:
                    structureDocuments++;
                    MapAll(document, ValidationIssue.StructureType, issues, MapStructure, structures);
                    break;
                case ServicesStream:
                    MapAll(document, ValidationIssue.ServiceType, issues, MapService, services);
                    break;
                default:
                    issues.Add(MappingIssues.UnknownStream(document));
                    break;
            }
        }

        // interop.md §2.1: Dora serves exact duplicates and orphan services; the pipeline keeps distinct rows joined on structures.
        var distinctStructures = Distinct(structures, s => s.Id, ValidationIssue.StructureType, issues);
        var distinctServices = Distinct(services, s => s.Id, ValidationIssue.ServiceType, issues);
        if (structureDocuments > 0)
        {
            var known = distinctStructures.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in distinctServices.Where(s => !known.Contains(s.StructureId)))
            {
                issues.Add(new ValidationIssue(ValidationIssue.ServiceType, orphan.Id, "structure_id", "service.orphelin", IssueSeverity.Error,
                    orphan.StructureId, $"La structure « {orphan.StructureId} » du service est absente : service ignoré."));
            }

            distinctServices = distinctServices.Where(s => known.Contains(s.StructureId)).ToList();
        }

        return new MappingResult(distinctStructures, distinctServices, issues);
    }

    private static void MapAll<T>(
        RawDocument document, string resourceType, List<ValidationIssue> issues, Func<JsonElement, T> map, List<T> output)
    {
        var records = JsonRecords.Read(document, issues, "results");
        for (var index = 0; index < records.Count; index++)
        {
            var record = records[index];
            if (record.ValueKind != JsonValueKind.Object)
            {
                issues.Add(MappingIssues.UnreadableRecord(document, resourceType, index, "objet JSON attendu."));
            }
            else if (JsonRead.String(record, "id") is null)
            {
                issues.Add(MappingIssues.MissingId(document, resourceType, index));
            }
            else if (resourceType == ValidationIssue.ServiceType && JsonRead.String(record, "structure_id") is null)
            {
                issues.Add(MappingIssues.MissingId(document, resourceType, index, "structure_id"));
            }
            else
            {
                output.Add(map(record));
            }
        }
    }

    private static List<T> Distinct<T>(List<T> records, Func<T, string> id, string resourceType, List<ValidationIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var record in records)
        {
            if (seen.Add(id(record)))
            {
                kept.Add(record);
            }
            else
            {
                issues.Add(new ValidationIssue(resourceType, id(record), "id", "enregistrement.doublon", IssueSeverity.Warning, id(record),
                    "Cet identifiant apparaît plusieurs fois : seule la première occurrence est gardée."));
            }
        }

        return kept;
    }

    private static string Id(string rawId) => $"{SourceSlug}--{rawId}";

    /// <summary>v0 presentation_detail, else presentation_resume; truncated to 10000 characters.</summary>
    private static string? Description(JsonElement record) =>
        Text.Truncate(JsonRead.String(record, "presentation_detail") ?? JsonRead.String(record, "presentation_resume"), 10000);

    private static DateOnly DateMaj(JsonElement record) => JsonRead.Date(record, "date_maj") ?? default;
}
