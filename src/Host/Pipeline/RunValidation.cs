using System.Text.Json;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Enriches then validates the mapped records of one run as a whole: each record by the schema rules, then the rules
/// that need the whole run (an id seen twice, a service whose structure is not published).
/// </summary>
internal static class RunValidation
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public static ValidatedRun Validate(MappingResult mapping, RecordValidator validator, Enricher enricher)
    {
        var enriched = 0;
        var issues = new List<IssueRow>(mapping.Issues.Select(ToRow));
        var structures = new List<NormalizedRecord>(mapping.Structures.Count);
        var validStructureIds = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var mapped in mapping.Structures)
        {
            var enrichment = enricher.Enrich(mapped);
            enriched += enrichment.ChangedFields.Count;
            var structure = enrichment.Value;
            var recordIssues = validator.Validate(structure).Select(ToRow).ToList();
            if (!seen.Add(structure.Id))
            {
                recordIssues.Add(Duplicate(ValidationIssue.StructureType, structure.Id));
            }

            var isValid = recordIssues.TrueForAll(i => i.Severity != "error");
            if (isValid)
            {
                validStructureIds.Add(structure.Id);
            }

            issues.AddRange(recordIssues);
            if (recordIssues.All(i => i.Code != DuplicateCode))
            {
                structures.Add(new NormalizedRecord(structure.Id, null, isValid, JsonSerializer.Serialize(structure, s_json)));
            }
        }

        seen.Clear();
        var services = new List<NormalizedRecord>(mapping.Services.Count);
        foreach (var mapped in mapping.Services)
        {
            var enrichment = enricher.Enrich(mapped);
            enriched += enrichment.ChangedFields.Count;
            var service = enrichment.Value;
            var recordIssues = validator.Validate(service).Select(ToRow).ToList();
            if (!seen.Add(service.Id))
            {
                recordIssues.Add(Duplicate(ValidationIssue.ServiceType, service.Id));
            }

            if (!validStructureIds.Contains(service.StructureId))
            {
                recordIssues.Add(new IssueRow(ValidationIssue.ServiceType, service.Id, "structure_id", "structure_id.inconnue", "error",
                    service.StructureId, $"La structure « {service.StructureId} » de ce service est absente ou invalide : le service n'est pas publié."));
            }

            issues.AddRange(recordIssues);
            if (recordIssues.All(i => i.Code != DuplicateCode))
            {
                var isValid = recordIssues.TrueForAll(i => i.Severity != "error");
                services.Add(new NormalizedRecord(service.Id, service.StructureId, isValid, JsonSerializer.Serialize(service, s_json)));
            }
        }

        var fetched = mapping.Structures.Count + mapping.Services.Count + mapping.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var valid = structures.Count(s => s.IsValid) + services.Count(s => s.IsValid);
        return new ValidatedRun(structures, services, issues, fetched, valid, enriched);
    }

    private const string DuplicateCode = "id.doublon";

    private static IssueRow Duplicate(string resourceType, string id) =>
        new(resourceType, id, "id", DuplicateCode, "error", id, $"L'identifiant « {id} » apparaît plusieurs fois : seule la première occurrence est retenue.");

    private static IssueRow ToRow(ValidationIssue issue) => new(
        issue.ResourceType, issue.RecordId, issue.Field, issue.Code,
        issue.Severity == IssueSeverity.Error ? "error" : "warning", issue.Value, issue.Message);
}
