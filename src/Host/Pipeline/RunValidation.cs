using System.Text.Json;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Quality;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Enriches then validates the mapped records of one run, one record at a time as the normalised layer's COPY asks for
/// them: each record by the schema rules, then the rules that need the whole run (an id seen twice, a service whose
/// structure is not published), which only keep ids. So the run's v1 JSON is never held whole in memory: each record's
/// JSON lives until its row is sent. A record that makes this code throw (a bug the property tests did not reach)
/// becomes an error on that record, never a failed run. Each service gets its quality score, dated <c>today</c>, each
/// record its COG codes (<see cref="PlaceJson"/>) and, with an e-mail, its <c>courriel_personnel</c> flag.
/// </summary>
internal sealed class RunValidation(
    MappingResult mapping, RecordValidator validator, Enricher enricher, Action<Exception, string, string>? recordFailed = null, DateOnly? today = null)
{
    private const string DuplicateCode = "id.doublon";

    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private readonly DateOnly _today = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly HashSet<string> _validStructureIds = new(StringComparer.Ordinal);
    private readonly List<IssueRow> _issues = [.. mapping.Issues.Select(ToRow)];
    private int _valid;
    private int _enriched;

    /// <summary>Every issue found so far: complete once <see cref="Structures"/> then <see cref="Services"/> have been enumerated.</summary>
    public IReadOnlyList<IssueRow> Issues => _issues;

    public int Fetched => mapping.Structures.Count + mapping.Services.Count + mapping.Issues.Count(i => i.Severity == IssueSeverity.Error);

    public int Valid => _valid;

    public int Invalid => Fetched - Valid;

    public int EnrichedFields => _enriched;

    /// <summary>Materialises a whole run (tests and small runs): the same checks as the streaming path.</summary>
    public static ValidatedRun Validate(
        MappingResult mapping, RecordValidator validator, Enricher enricher, Action<Exception, string, string>? recordFailed = null,
        DateOnly? today = null)
    {
        var run = new RunValidation(mapping, validator, enricher, recordFailed, today);
        var structures = run.Structures().ToList();
        var services = run.Services().ToList();
        return new ValidatedRun(structures, services, run.Issues, run.Fetched, run.Valid, run.EnrichedFields);
    }

    /// <summary>The structures to store, lazily; enumerate once, before <see cref="Services"/>.</summary>
    public IEnumerable<NormalizedRecord> Structures()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapped in mapping.Structures)
        {
            var checkedRecord = Guard(ValidationIssue.StructureType, mapped.Id, () =>
            {
                var enrichment = enricher.Enrich(mapped);
                var structure = enrichment.Value;
                var recordIssues = validator.Validate(structure).Select(ToRow).ToList();
                var json = PlaceJson.Append(JsonSerializer.Serialize(structure, s_json), PlaceJson.Of(mapped.CodeInsee, structure.CodeInsee));
                json = PersonalEmailJson.Append(json, structure.Courriel);
                return new Checked(structure.Id, null, recordIssues, enrichment.ChangedFields.Count, json);
            });
            if (Keep(ValidationIssue.StructureType, checkedRecord, seen) is { } record)
            {
                if (record.IsValid)
                {
                    _validStructureIds.Add(record.Id);
                }

                yield return record;
            }
        }
    }

    /// <summary>The services to store, lazily; a service is valid only if its structure was a valid one of this run.</summary>
    public IEnumerable<NormalizedRecord> Services()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapped in mapping.Services)
        {
            var checkedRecord = Guard(ValidationIssue.ServiceType, mapped.Id, () =>
            {
                var enrichment = enricher.Enrich(mapped);
                var service = enrichment.Value;
                var recordIssues = validator.Validate(service).Select(ToRow).ToList();
                if (!_validStructureIds.Contains(service.StructureId ?? string.Empty))
                {
                    recordIssues.Add(new IssueRow(ValidationIssue.ServiceType, service.Id, "structure_id", "structure_id.inconnue", "error",
                        service.StructureId, $"La structure « {service.StructureId} » de ce service est absente ou invalide : le service n'est pas publié."));
                }

                var json = QualityJson.Append(JsonSerializer.Serialize(service, s_json), ServiceQuality.Score(service, _today));
                json = PlaceJson.Append(json, PlaceJson.Of(mapped.CodeInsee, service.CodeInsee));
                json = PersonalEmailJson.Append(json, service.Courriel);
                return new Checked(service.Id, service.StructureId, recordIssues, enrichment.ChangedFields.Count, json);
            });
            if (Keep(ValidationIssue.ServiceType, checkedRecord, seen) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>Applies the duplicate rule and counts the record; returns the row to store, or null when it is not stored.</summary>
    private NormalizedRecord? Keep(string resourceType, Checked checkedRecord, HashSet<string> seen)
    {
        _enriched += checkedRecord.EnrichedFields;
        if (checkedRecord.Json is not null && !seen.Add(checkedRecord.Id))
        {
            checkedRecord.Issues.Add(Duplicate(resourceType, checkedRecord.Id));
        }

        _issues.AddRange(checkedRecord.Issues);
        if (!checkedRecord.Kept)
        {
            return null;
        }

        if (checkedRecord.IsValid)
        {
            _valid++;
        }

        return new NormalizedRecord(checkedRecord.Id, checkedRecord.StructureId, checkedRecord.IsValid, checkedRecord.Json!);
    }

    /// <summary>
    /// Runs the per-record work; when it throws, the record is reported with an error and not stored. Pure CPU code
    /// runs here (no I/O), so any exception is a record the code could not handle, not an infrastructure fault.
    /// </summary>
    private Checked Guard(string resourceType, string? id, Func<Checked> check)
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
