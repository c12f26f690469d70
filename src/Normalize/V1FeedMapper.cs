using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps a producer feed already in schema v1: streams <c>structures</c> and <c>services</c> (JSON, NDJSON or CSV), or a
/// <c>classeur</c> XLSX workbook with sheets <c>Structures</c> and <c>Services</c>. The <c>source</c> field is forced to
/// the configured slug and ids missing the <c>&lt;source&gt;--</c> prefix get it.
/// </summary>
public sealed partial class V1FeedMapper(string source) : IStreamingSourceMapper
{
    public const string StructuresStream = "structures";

    public const string ServicesStream = "services";

    /// <summary>An XLSX workbook holding both sheets (the valideur's format).</summary>
    public const string WorkbookStream = "classeur";

    public string Source { get; } = source;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var services = new List<Service>();
        var issues = new List<ValidationIssue>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!IsKnown(document, issues))
            {
                continue;
            }

            structures.AddRange(StructuresOf(document, issues, unreadable));
            services.AddRange(ServicesOf(document, issues, unreadable));
        }

        return new MappingResult(structures, services, issues);
    }

    public IEnumerable<MappingResult> MapBatches(IReadOnlyList<RawDocument> documents, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var issues = new List<ValidationIssue>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var structures = new List<Structure>(batchSize);
        foreach (var document in documents.Where(d => IsKnown(d, issues)))
        {
            foreach (var structure in StructuresOf(document, issues, unreadable))
            {
                structures.Add(structure);
                if (structures.Count == batchSize)
                {
                    // The readers keep adding to this list: the batch takes a copy of what it found so far.
                    yield return new MappingResult(structures, [], [.. issues]);
                    structures = new List<Structure>(batchSize);
                    issues.Clear();
                }
            }
        }

        yield return new MappingResult(structures, [], [.. issues]);
        issues.Clear();
        var services = new List<Service>(batchSize);
        foreach (var document in documents.Where(d => d.Stream is StructuresStream or ServicesStream or WorkbookStream))
        {
            foreach (var service in ServicesOf(document, issues, unreadable))
            {
                services.Add(service);
                if (services.Count == batchSize)
                {
                    yield return new MappingResult([], services, [.. issues]);
                    services = new List<Service>(batchSize);
                    issues.Clear();
                }
            }
        }

        yield return new MappingResult([], services, issues);
    }

    private static bool IsKnown(RawDocument document, List<ValidationIssue> issues)
    {
        if (document.Stream is StructuresStream or ServicesStream or WorkbookStream)
        {
            return true;
        }

        issues.Add(MappingIssues.UnknownStream(document));
        return false;
    }

    private IEnumerable<Structure> StructuresOf(RawDocument document, List<ValidationIssue> issues, HashSet<string> unreadable)
    {
        if (document.Stream is not (StructuresStream or WorkbookStream))
        {
            yield break;
        }

        foreach (var (locator, record) in ReadRecords(document, ValidationIssue.StructureType, issues, unreadable))
        {
            if (ToStructure(locator.ToString(), record, issues) is { } structure)
            {
                yield return structure;
            }
        }
    }

    private IEnumerable<Service> ServicesOf(RawDocument document, List<ValidationIssue> issues, HashSet<string> unreadable)
    {
        // A workbook that cannot be opened is reported once, not once per sheet.
        if (document.Stream is not (ServicesStream or WorkbookStream) || unreadable.Contains(document.Name))
        {
            yield break;
        }

        foreach (var (locator, record) in ReadRecords(document, ValidationIssue.ServiceType, issues, unreadable))
        {
            if (ToService(locator.ToString(), record, issues) is { } service)
            {
                yield return service;
            }
        }
    }

    private Structure? ToStructure(string locator, JsonElement record, List<ValidationIssue> issues)
    {
        var structure = Deserialize<Structure>(locator, record, ValidationIssue.StructureType, issues);
        if (structure is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(structure.Id))
        {
            issues.Add(MappingIssues.MissingId(ValidationIssue.StructureType, locator));
            return null;
        }

        return structure with { Source = Source, Id = Prefix(structure.Id) };
    }

    private Service? ToService(string locator, JsonElement record, List<ValidationIssue> issues)
    {
        var service = Deserialize<Service>(locator, record, ValidationIssue.ServiceType, issues);
        if (service is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(service.Id))
        {
            issues.Add(MappingIssues.MissingId(ValidationIssue.ServiceType, locator));
            return null;
        }

        return service with
        {
            Source = Source,
            Id = Prefix(service.Id),
            StructureId = string.IsNullOrWhiteSpace(service.StructureId) ? string.Empty : Prefix(service.StructureId),
        };
    }

    private string Prefix(string id)
    {
        var trimmed = id.Trim();
        return trimmed.StartsWith(Source + "--", StringComparison.Ordinal) ? trimmed : $"{Source}--{trimmed}";
    }

    private static T? Deserialize<T>(string locator, JsonElement record, string resourceType, List<ValidationIssue> issues)
        where T : class
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            issues.Add(MappingIssues.UnreadableRecord(resourceType, locator, "objet JSON attendu."));
            return null;
        }

        try
        {
            return record.Deserialize<T>(SchemaJson.Lenient);
        }
        catch (JsonException e)
        {
            var field = e.Path?.TrimStart('$', '.') ?? string.Empty;
            issues.Add(MappingIssues.UnreadableRecord(resourceType, locator, $"champ `{field}` de type inattendu.", field));
            return null;
        }
    }
}
