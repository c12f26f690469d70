using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps Soliguide search pages (<c>POST /new-search</c>: <c>{nbResults, places}</c>) to one structure per lieu and one
/// service per <c>services_all</c> item with a mapped thématique (data-inclusion.md §2.4, mappings/soliguide).
/// </summary>
public sealed partial class SoliguideMapper : ISourceMapper
{
    /// <summary>Pages of <c>POST /new-search</c>.</summary>
    public const string LieuxStream = "lieux";

    public const string SourceSlug = "soliguide";

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var issues = new List<ValidationIssue>();
        var lieux = new List<(JsonElement Lieu, string Id, DateOnly DateMaj)>();
        foreach (var document in documents)
        {
            if (document.Stream != LieuxStream)
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            var records = JsonRecords.Read(document, issues, "places");
            for (var index = 0; index < records.Count; index++)
            {
                var lieu = records[index];
                if (lieu.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(MappingIssues.UnreadableRecord(document, ValidationIssue.StructureType, index, "objet JSON attendu."));
                }
                else if (JsonRead.String(lieu, "lieu_id") is not { } id)
                {
                    issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index, "lieu_id"));
                }
                else if (IsPublishable(lieu))
                {
                    lieux.Add((lieu, id, JsonRead.Date(lieu, "updatedAt") ?? default));
                }
            }
        }

        // A lieu may come twice (unstable paging): keep its most recent version.
        var latest = lieux.GroupBy(l => l.Id).Select(g => g.MaxBy(l => l.DateMaj)).ToList();
        var structures = latest.Select(l => MapLieu(l.Lieu, l.Id, l.DateMaj)).ToList();
        var services = latest
            .SelectMany(l => MapServices(l.Lieu, l.Id, l.DateMaj, issues).Select(s => (Service: s, l.DateMaj)))

            // Soliguide-internal duplicates (same serviceObjectId in several lieux): the most recently updated lieu wins.
            .GroupBy(s => s.Service.Id)
            .Select(g => g.MaxBy(s => s.DateMaj).Service)
            .ToList();
        return new MappingResult(structures, services, issues);
    }

    /// <summary>Only French lieux, and not those Soliguide took from Dora (already ingested from Dora).</summary>
    private static bool IsPublishable(JsonElement lieu)
    {
        var country = JsonRead.String(lieu, "position.country");
        var fromDora = JsonRead.Path(lieu, "sources") is { ValueKind: JsonValueKind.Array } sources
            && sources.EnumerateArray().Any(s => string.Equals(JsonRead.String(s, "name"), "dora", StringComparison.OrdinalIgnoreCase));
        return (country is null || string.Equals(country, "fr", StringComparison.OrdinalIgnoreCase)) && !fromDora;
    }

    private static string StructureId(string lieuId) => $"{SourceSlug}--{lieuId}";
}
