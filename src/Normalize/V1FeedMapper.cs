using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps a producer feed already in schema v1: streams <c>structures</c> and <c>services</c> (JSON, NDJSON or CSV), or a
/// <c>classeur</c> XLSX workbook with sheets <c>Structures</c> and <c>Services</c>. The <c>source</c> field is forced to
/// the configured slug and ids missing the <c>&lt;source&gt;--</c> prefix get it.
/// </summary>
public sealed partial class V1FeedMapper(string source) : ISourceMapper
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
        foreach (var document in documents)
        {
            var streamIsKnown = document.Stream is StructuresStream or ServicesStream or WorkbookStream;
            if (!streamIsKnown)
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            if (document.Stream is StructuresStream or WorkbookStream)
            {
                foreach (var (locator, record) in ReadRecords(document, ValidationIssue.StructureType, issues))
                {
                    AddIfMapped(ToStructure(locator.ToString(), record, issues), structures);
                }
            }

            // A workbook that cannot be opened is reported once, not once per sheet.
            var unreadable = issues.Count > 0 && issues[^1] is { Code: "document.illisible" } last && last.RecordId == document.Name;
            if (document.Stream is ServicesStream || (document.Stream is WorkbookStream && !unreadable))
            {
                foreach (var (locator, record) in ReadRecords(document, ValidationIssue.ServiceType, issues))
                {
                    AddIfMapped(ToService(locator.ToString(), record, issues), services);
                }
            }
        }

        return new MappingResult(structures, services, issues);
    }

    private static void AddIfMapped<T>(T? record, List<T> output)
        where T : class
    {
        if (record is not null)
        {
            output.Add(record);
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
