using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Reading JSON documents: a top-level array of records, or an object holding it under <c>items</c>/<c>results</c>.</summary>
public sealed partial class V1FeedMapper
{
    private static List<(int Index, JsonElement Record)> ReadRecords(RawDocument document, string resourceType, List<ValidationIssue> issues) =>
        JsonRecords.Read(document, resourceType, issues, "items", "results").Select((record, index) => (index, record)).ToList();
}
