using System.Text.Json;

namespace DataInclusion.Normalize.Internal;

/// <summary>Reads the records of a JSON document: a top-level array, or an array under one of the given properties (pages).</summary>
internal static class JsonRecords
{
    /// <summary>The records, cloned so they outlive the document; an unreadable document gives an issue and no record.</summary>
    public static List<JsonElement> Read(RawDocument document, List<ValidationIssue> issues, params string[] arrayProperties)
    {
        JsonDocument json;
        try
        {
            json = JsonRead.Parse(document.Content);
        }
        catch (JsonException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return [];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                root = arrayProperties.Select(p => JsonRead.Path(root, p)).FirstOrDefault(e => e is { ValueKind: JsonValueKind.Array }) ?? root;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                var expected = arrayProperties.Length == 0 ? "un tableau" : $"un tableau (ou un objet avec `{string.Join("`/`", arrayProperties)}`)";
                issues.Add(MappingIssues.UnreadableDocument(document, $"{expected} d'enregistrements est attendu."));
                return [];
            }

            return root.EnumerateArray().Select(record => record.Clone()).ToList();
        }
    }
}
