using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Reading JSON documents: a top-level array of records, or an object holding it under <c>items</c>/<c>results</c>.</summary>
public sealed partial class V1FeedMapper
{
    private static List<(int Index, JsonElement Record)> ReadRecords(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        JsonDocument json;
        try
        {
            json = JsonRead.Parse(document.Content);
        }
        catch (JsonException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, resourceType, e.Message));
            return [];
        }

        // Records are cloned so they outlive the document, which is disposed here.
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                root = JsonRead.Path(root, "items") ?? JsonRead.Path(root, "results") ?? root;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                issues.Add(MappingIssues.UnreadableDocument(document, resourceType, "un tableau d'enregistrements est attendu."));
                return [];
            }

            return root.EnumerateArray().Select((record, index) => (index, record.Clone())).ToList();
        }
    }
}
