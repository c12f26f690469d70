using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Reading structures as written, for tools that take records of several sources at once (the <c>dedup</c> command).</summary>
public sealed partial class V1FeedMapper
{
    /// <summary>
    /// The structures of one document (JSON array, NDJSON, CSV or XLSX, by media type or extension) with their own
    /// <c>source</c> and <c>id</c> kept as written. A record that cannot be read, or lacks <c>id</c> or <c>source</c>,
    /// becomes a located issue instead.
    /// </summary>
    public static IReadOnlyList<Structure> ReadStructures(RawDocument document, List<ValidationIssue> issues)
    {
        var structures = new List<Structure>();
        foreach (var (location, record) in ReadRecords(document, ValidationIssue.StructureType, issues))
        {
            var locator = location.ToString();
            var structure = Deserialize<Structure>(locator, record, ValidationIssue.StructureType, issues);
            if (structure is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(structure.Id) || string.IsNullOrWhiteSpace(structure.Source))
            {
                issues.Add(MappingIssues.MissingId(ValidationIssue.StructureType, locator, string.IsNullOrWhiteSpace(structure.Id) ? "id" : "source"));
                continue;
            }

            // Lenient reading leaves a missing nom null despite the model; comparison treats it as empty.
            structures.Add(structure with { Id = structure.Id.Trim(), Source = structure.Source.Trim(), Nom = structure.Nom ?? string.Empty });
        }

        return structures;
    }
}
