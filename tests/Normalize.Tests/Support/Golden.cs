using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Normalize.Tests.Support;

/// <summary>
/// Golden files: <c>case.input.*</c> → <c>case.expected.json</c>. On mismatch the actual output is written to
/// <c>case.received.json</c> beside them, for a reviewer to diff and, if right, rename to expected.
/// </summary>
public static class Golden
{
    private static readonly JsonSerializerOptions s_options = new(SchemaJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RawDocument Input(string folder, string caseName, string stream, string mediaType = "application/json")
    {
        var path = Directory.GetFiles(Path.Combine(Paths.Fixtures, folder), $"{caseName}.input.*").Single();
        return new RawDocument(stream, Path.GetFileName(path), File.ReadAllBytes(path), mediaType);
    }

    public static void Verify(string folder, string caseName, MappingResult result, RecordValidator validator)
    {
        var actual = new JsonObject
        {
            ["structures"] = JsonSerializer.SerializeToNode(result.Structures, s_options),
            ["services"] = JsonSerializer.SerializeToNode(result.Services, s_options),
            ["mapping_issues"] = Issues(result.Issues),
            ["validation_issues"] = Issues(
                result.Structures.SelectMany(validator.Validate).Concat(result.Services.SelectMany(validator.Validate))),
        };
        var text = actual.ToJsonString(s_options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var expectedPath = Path.Combine(Paths.Fixtures, folder, $"{caseName}.expected.json");
        var receivedPath = Path.Combine(Paths.Fixtures, folder, $"{caseName}.received.json");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == text)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text);
        Assert.Fail($"Golden mismatch for {folder}/{caseName}: compare {receivedPath} with {expectedPath}.");
    }

    // Messages are left out: codes, fields and values are the contract; wording may improve.
    private static JsonArray Issues(IEnumerable<ValidationIssue> issues) =>
        new(issues.Select(i => (JsonNode)new JsonObject
        {
            ["resource"] = i.ResourceType,
            ["record"] = i.RecordId,
            ["field"] = i.Field,
            ["code"] = i.Code,
            ["severity"] = i.Severity.ToString(),
            ["value"] = i.Value,
        }).ToArray());
}
