using System.Text.Json;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Quality;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Enriches then validates the mapped records of one run, one batch at a time (<see cref="Check"/>): each record by the
/// schema rules, then the rules that need the whole run (an id seen twice, a service whose structure is not a valid
/// structure of the run), which only keep ids across batches. Structures must come before services (see
/// <see cref="IStreamingSourceMapper"/>). A record that makes this code throw (a bug the property tests did not reach)
/// becomes an error on that record, never a failed run. Each service gets its quality score, dated <c>today</c>, each
/// record its COG codes (<see cref="PlaceJson"/>) and, with an e-mail, its <c>courriel_personnel</c> flag.
/// </summary>
internal sealed class RunValidation(
    RecordValidator validator, Enricher enricher, Action<Exception, string, string>? recordFailed = null, DateOnly? today = null)
{
    /// <summary>How many error results a run keeps as its sample (<c>ops.runs.invalid_sample</c>).</summary>
    public const int SampleSize = 20;

    private const string DuplicateCode = "id.doublon";

    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private readonly DateOnly _today = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly HashSet<string> _validStructureIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _structureIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serviceIds = new(StringComparer.Ordinal);
    private readonly List<IssueRow> _errorSample = [];
    private readonly JsonObjectBuffer _json = new();

    public int Fetched { get; private set; }

    public int Valid { get; private set; }

    public int Invalid => Fetched - Valid;

    public int EnrichedFields { get; private set; }

    public int Structures { get; private set; }

    public int Services { get; private set; }

    /// <summary>How many validation results (errors and warnings) the run has so far.</summary>
    public int IssueCount { get; private set; }

    /// <summary>The run's first <see cref="SampleSize"/> errors, in the order they were found.</summary>
    public IReadOnlyList<IssueRow> ErrorSample => _errorSample;

    /// <summary>Materialises a whole run (tests and small runs): the same checks as the batch path.</summary>
    public static ValidatedRun Validate(
        MappingResult mapping, RecordValidator validator, Enricher enricher, Action<Exception, string, string>? recordFailed = null,
        DateOnly? today = null)
    {
        var run = new RunValidation(validator, enricher, recordFailed, today);
        var batch = run.Check(mapping);
        return new ValidatedRun(batch.Structures, batch.Services, batch.Issues, run.Fetched, run.Valid, run.EnrichedFields);
    }

    /// <summary>Enriches, validates and serialises one batch: its structures, then its services.</summary>
    public ValidatedBatch Check(MappingResult batch)
    {
        var issues = batch.Issues.Select(ToRow).ToList();
        Fetched += batch.Structures.Count + batch.Services.Count + batch.Issues.Count(i => i.Severity == IssueSeverity.Error);
        Structures += batch.Structures.Count;
        Services += batch.Services.Count;
        var structures = new List<NormalizedRecord>(batch.Structures.Count);
        foreach (var mapped in batch.Structures)
        {
            var checkedRecord = Guard(ValidationIssue.StructureType, mapped.Id, () => CheckStructure(mapped));
            if (Keep(ValidationIssue.StructureType, checkedRecord, _structureIds, issues) is { } record)
            {
                if (record.IsValid)
                {
                    _validStructureIds.Add(record.Id);
                }

                structures.Add(record);
            }
        }

        var services = new List<NormalizedRecord>(batch.Services.Count);
        foreach (var mapped in batch.Services)
        {
            var checkedRecord = Guard(ValidationIssue.ServiceType, mapped.Id, () => CheckService(mapped));
            if (Keep(ValidationIssue.ServiceType, checkedRecord, _serviceIds, issues) is { } record)
            {
                services.Add(record);
            }
        }

        IssueCount += issues.Count;
        _errorSample.AddRange(issues.Where(i => i.Severity == "error").Take(SampleSize - _errorSample.Count));
        return new ValidatedBatch(structures, services, issues);
    }

    private Checked CheckStructure(Structure mapped)
    {
        var enrichment = enricher.Enrich(mapped);
        var structure = enrichment.Value;
        var recordIssues = validator.Validate(structure).Select(ToRow).ToList();
        return new Checked(structure.Id, null, recordIssues, enrichment.ChangedFields.Count, StructureJson(_json, mapped, structure));
    }

    /// <summary>
    /// A structure's normalised JSON (what the geocoding step reads and the marts receive): the enriched record with
    /// its COG codes and personal e-mail flag. The <c>dedup</c> command builds its records with it too.
    /// </summary>
    public static byte[] StructureJson(Structure mapped, Structure enriched) => StructureJson(new JsonObjectBuffer(), mapped, enriched);

    private static byte[] StructureJson(JsonObjectBuffer json, Structure mapped, Structure enriched)
    {
        json.Start(enriched, s_json);
        PlaceJson.Append(json, PlaceJson.Of(mapped.CodeInsee, enriched.CodeInsee));
        PersonalEmailJson.Append(json, enriched.Courriel);
        return json.ToArray();
    }

    private Checked CheckService(Service mapped)
    {
        var enrichment = enricher.Enrich(mapped);
        var service = enrichment.Value;
        var recordIssues = validator.Validate(service).Select(ToRow).ToList();
        if (!_validStructureIds.Contains(service.StructureId ?? string.Empty))
        {
            recordIssues.Add(new IssueRow(ValidationIssue.ServiceType, service.Id, "structure_id", "structure_id.inconnue", "error",
                service.StructureId, $"La structure « {service.StructureId} » de ce service est absente ou invalide : le service n'est pas publié."));
        }

        _json.Start(service, s_json);
        QualityJson.Append(_json, ServiceQuality.Score(service, _today));
        PlaceJson.Append(_json, PlaceJson.Of(mapped.CodeInsee, service.CodeInsee));
        PersonalEmailJson.Append(_json, service.Courriel);
        return new Checked(service.Id, service.StructureId, recordIssues, enrichment.ChangedFields.Count, _json.ToArray());
    }

    /// <summary>Applies the duplicate rule and counts the record; returns the row to store, or null when it is not stored.</summary>
    private NormalizedRecord? Keep(string resourceType, Checked checkedRecord, HashSet<string> seen, List<IssueRow> issues)
    {
        EnrichedFields += checkedRecord.EnrichedFields;
        if (checkedRecord.Json is not null && !seen.Add(checkedRecord.Id))
        {
            checkedRecord.Issues.Add(Duplicate(resourceType, checkedRecord.Id));
        }

        issues.AddRange(checkedRecord.Issues);
        if (!checkedRecord.Kept)
        {
            return null;
        }

        if (checkedRecord.IsValid)
        {
            Valid++;
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
    private sealed record Checked(string Id, string? StructureId, List<IssueRow> Issues, int EnrichedFields, byte[]? Json)
    {
        public bool Kept => Json is not null && Issues.TrueForAll(i => i.Code != DuplicateCode);

        public bool IsValid => Issues.TrueForAll(i => i.Severity != "error");
    }
}
