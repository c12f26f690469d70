using System.Text.Json;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Enriches then validates the mapped records of one run as a whole: each record by the schema rules, then the rules
/// that need the whole run (an id seen twice, a service whose structure is not published). A record that makes this
/// code throw (a bug the property tests did not reach) becomes an error on that record, never a failed run.
/// </summary>
internal static class RunValidation
{
    private const string DuplicateCode = "id.doublon";

    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    /// <param name="recordFailed">Told about each record that made enrichment, validation or serialisation throw (exception, resource type, id).</param>
    public static ValidatedRun Validate(
        MappingResult mapping, RecordValidator validator, Enricher enricher, Action<Exception, string, string>? recordFailed = null)
    {
        var enriched = 0;
        var issues = new List<IssueRow>(mapping.Issues.Select(ToRow));
        var structures = new List<NormalizedRecord>(mapping.Structures.Count);
        var validStructureIds = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapped in mapping.Structures)
        {
            var checkedRecord = Guard(ValidationIssue.StructureType, mapped.Id, recordFailed, () =>
            {
                var enrichment = enricher.Enrich(mapped);
                var structure = enrichment.Value;
                var recordIssues = validator.Validate(structure).Select(ToRow).ToList();
                return new Checked(structure.Id, null, recordIssues, enrichment.ChangedFields.Count, JsonSerializer.Serialize(structure, s_json));
            });
            enriched += checkedRecord.EnrichedFields;
            if (checkedRecord.Json is not null && !seen.Add(checkedRecord.Id))
            {
                checkedRecord.Issues.Add(Duplicate(ValidationIssue.StructureType, checkedRecord.Id));
            }

            issues.AddRange(checkedRecord.Issues);
            if (checkedRecord.Kept)
            {
                if (checkedRecord.IsValid)
                {
                    validStructureIds.Add(checkedRecord.Id);
                }

                structures.Add(new NormalizedRecord(checkedRecord.Id, null, checkedRecord.IsValid, checkedRecord.Json!));
            }
        }

        seen.Clear();
        var services = new List<NormalizedRecord>(mapping.Services.Count);
        foreach (var mapped in mapping.Services)
        {
            var checkedRecord = Guard(ValidationIssue.ServiceType, mapped.Id, recordFailed, () =>
            {
                var enrichment = enricher.Enrich(mapped);
                var service = enrichment.Value;
                var recordIssues = validator.Validate(service).Select(ToRow).ToList();
                if (!validStructureIds.Contains(service.StructureId ?? string.Empty))
                {
                    recordIssues.Add(new IssueRow(ValidationIssue.ServiceType, service.Id, "structure_id", "structure_id.inconnue", "error",
                        service.StructureId, $"La structure « {service.StructureId} » de ce service est absente ou invalide : le service n'est pas publié."));
                }

                return new Checked(service.Id, service.StructureId, recordIssues, enrichment.ChangedFields.Count, JsonSerializer.Serialize(service, s_json));
            });
            enriched += checkedRecord.EnrichedFields;
            if (checkedRecord.Json is not null && !seen.Add(checkedRecord.Id))
            {
                checkedRecord.Issues.Add(Duplicate(ValidationIssue.ServiceType, checkedRecord.Id));
            }

            issues.AddRange(checkedRecord.Issues);
            if (checkedRecord.Kept)
            {
                services.Add(new NormalizedRecord(checkedRecord.Id, checkedRecord.StructureId, checkedRecord.IsValid, checkedRecord.Json!));
            }
        }

        var fetched = mapping.Structures.Count + mapping.Services.Count + mapping.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var valid = structures.Count(s => s.IsValid) + services.Count(s => s.IsValid);
        return new ValidatedRun(structures, services, issues, fetched, valid, enriched);
    }

    /// <summary>
    /// Runs the per-record work; when it throws, the record is reported with an error and not stored. Pure CPU code
    /// runs here (no I/O), so any exception is a record the code could not handle, not an infrastructure fault.
    /// </summary>
    private static Checked Guard(string resourceType, string? id, Action<Exception, string, string>? recordFailed, Func<Checked> check)
    {
        var recordId = string.IsNullOrEmpty(id) ? "(sans id)" : id;
        try
        {
            return check();
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            recordFailed?.Invoke(exception, resourceType, recordId);
            var issue = new IssueRow(resourceType, recordId, string.Empty, "enregistrement.erreur-interne", "error", null,
                $"L'enregistrement {recordId} n'a pas pu être traité ({exception.GetType().Name}) : il n'est pas publié. Les autres enregistrements ne sont pas affectés.");
            return new Checked(recordId, null, [issue], 0, null);
        }
    }

    private static IssueRow Duplicate(string resourceType, string id) =>
        new(resourceType, id, "id", DuplicateCode, "error", id, $"L'identifiant « {id} » apparaît plusieurs fois : seule la première occurrence est retenue.");

    private static IssueRow ToRow(ValidationIssue issue) => new(
        issue.ResourceType, issue.RecordId, issue.Field, issue.Code,
        issue.Severity == IssueSeverity.Error ? "error" : "warning", issue.Value, issue.Message);

    /// <summary>One record after enrichment and validation; <c>Json</c> is null when it could not be processed.</summary>
    private sealed record Checked(string Id, string? StructureId, List<IssueRow> Issues, int EnrichedFields, string? Json)
    {
        public bool Kept => Json is not null && Issues.TrueForAll(i => i.Code != DuplicateCode);

        public bool IsValid => Issues.TrueForAll(i => i.Severity != "error");
    }
}
