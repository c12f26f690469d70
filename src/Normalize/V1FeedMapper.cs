using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps a producer feed already in schema v1 (streams <c>structures</c> and <c>services</c>). The <c>source</c> field is
/// forced to the configured slug and ids missing the <c>&lt;source&gt;--</c> prefix get it.
/// </summary>
public sealed partial class V1FeedMapper(string source) : ISourceMapper
{
    public const string StructuresStream = "structures";

    public const string ServicesStream = "services";

    public string Source { get; } = source;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var services = new List<Service>();
        var issues = new List<ValidationIssue>();
        foreach (var document in documents)
        {
            switch (document.Stream)
            {
                case StructuresStream:
                    foreach (var (index, record) in ReadRecords(document, ValidationIssue.StructureType, issues))
                    {
                        var structure = ToStructure(document, index, record, issues);
                        if (structure is not null)
                        {
                            structures.Add(structure);
                        }
                    }

                    break;
                case ServicesStream:
                    foreach (var (index, record) in ReadRecords(document, ValidationIssue.ServiceType, issues))
                    {
                        var service = ToService(document, index, record, issues);
                        if (service is not null)
                        {
                            services.Add(service);
                        }
                    }

                    break;
                default:
                    issues.Add(MappingIssues.UnknownStream(document));
                    break;
            }
        }

        return new MappingResult(structures, services, issues);
    }

    private Structure? ToStructure(RawDocument document, int index, JsonElement record, List<ValidationIssue> issues)
    {
        var structure = Deserialize<Structure>(document, index, record, ValidationIssue.StructureType, issues);
        if (structure is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(structure.Id))
        {
            issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index));
            return null;
        }

        return structure with { Source = Source, Id = Prefix(structure.Id) };
    }

    private Service? ToService(RawDocument document, int index, JsonElement record, List<ValidationIssue> issues)
    {
        var service = Deserialize<Service>(document, index, record, ValidationIssue.ServiceType, issues);
        if (service is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(service.Id))
        {
            issues.Add(MappingIssues.MissingId(document, ValidationIssue.ServiceType, index));
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

    private static T? Deserialize<T>(RawDocument document, int index, JsonElement record, string resourceType, List<ValidationIssue> issues)
        where T : class
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            issues.Add(MappingIssues.UnreadableRecord(document, resourceType, index, "objet JSON attendu."));
            return null;
        }

        try
        {
            return record.Deserialize<T>(SchemaJson.Lenient);
        }
        catch (JsonException e)
        {
            issues.Add(MappingIssues.UnreadableRecord(document, resourceType, index, $"champ `{e.Path?.TrimStart('$', '.')}` de type inattendu."));
            return null;
        }
    }
}
