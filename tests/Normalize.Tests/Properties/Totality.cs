using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>
/// The property every mapper must have: mapping, enriching and validating a payload never throws, every issue is
/// located (record id or document line, code, French message), each hostile record yields at least one error located
/// on it, and the good records of the same payload come out exactly as they do without the hostile ones.
/// </summary>
public static class Totality
{
    private static readonly Enricher s_enricher = new();
    private static readonly RecordValidator s_validator = new(FixedTimeProvider.Default);

    /// <param name="context">Documents the mapper needs beside the tested one (e.g. the structures services are offered at).</param>
    public static void Check(ISourceMapper mapper, HostilePayload payload, params RawDocument[] context)
    {
        var (goodRecords, _) = Run(mapper, [.. context, payload.Good]);
        var (records, issues) = Run(mapper, [.. context, payload.Mixed]);

        foreach (var issue in issues)
        {
            Assert.False(string.IsNullOrWhiteSpace(issue.RecordId), $"issue without a locator: {issue}");
            Assert.False(string.IsNullOrWhiteSpace(issue.Code), $"issue without a code: {issue}");
            Assert.False(string.IsNullOrWhiteSpace(issue.Message), $"issue without a message: {issue}");
        }

        var mixed = records.ToHashSet(StringComparer.Ordinal);
        Assert.All(goodRecords, good => Assert.Contains(good, mixed));

        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        for (var i = 0; i < payload.Markers.Count; i++)
        {
            var (marker, locator) = payload.Markers[i];
            Assert.True(
                errors.Exists(e => (marker is not null && e.RecordId.Contains(marker, StringComparison.Ordinal)) || e.RecordId.StartsWith(locator, StringComparison.Ordinal)),
                $"hostile record #{i} ({marker ?? locator}) yields no located error; issues: {string.Join("; ", issues.Select(x => $"{x.RecordId} {x.Field} {x.Code}"))}");
        }
    }

    /// <summary>Map, enrich and validate as the pipeline does; the records serialised, with every issue found.</summary>
    private static (List<string> Records, List<ValidationIssue> Issues) Run(ISourceMapper mapper, RawDocument[] documents)
    {
        var result = mapper.Map(documents);
        var issues = new List<ValidationIssue>(result.Issues);
        var records = new List<string>();
        foreach (var structure in result.Structures)
        {
            var enriched = s_enricher.Enrich(structure).Value;
            issues.AddRange(s_validator.Validate(enriched));
            records.Add(SchemaJson.Serialize(enriched));
        }

        foreach (var service in result.Services)
        {
            var enriched = s_enricher.Enrich(service).Value;
            issues.AddRange(s_validator.Validate(enriched));
            records.Add(SchemaJson.Serialize(enriched));
        }

        return (records, issues);
    }
}
