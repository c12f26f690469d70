using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Conformance.Corpus;
using DataInclusion.GraphQL.Conformance.Oracle;

namespace DataInclusion.GraphQL.Conformance.Validation;

/// <summary>graphql-js parse + validate verdicts for the whole corpus, computed once (one node process per schema).</summary>
public static class ValidationOracle
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, ValidationOutcome>>> s_outcomes = new(ComputeAsync);

    public static Task<IReadOnlyDictionary<string, ValidationOutcome>> OutcomesAsync() => s_outcomes.Value;

    private static async Task<IReadOnlyDictionary<string, ValidationOutcome>> ComputeAsync()
    {
        var outcomes = new Dictionary<string, ValidationOutcome>(StringComparer.Ordinal);
        foreach (var group in CorpusReader.Documents.GroupBy(d => d.SchemaFile))
        {
            var documents = group.ToList();
            var input = new JsonObject
            {
                ["sdl"] = File.ReadAllText(Path.Combine(ConformancePaths.Corpus, group.Key)),
                ["documents"] = new JsonArray(documents.Select(d => (JsonNode?)JsonValue.Create(d.Source)).ToArray()),
            };
            var output = await NodeOracle.RunAsync("validate.mjs", input);
            var results = output["results"]!.AsArray();
            for (var i = 0; i < documents.Count; i++)
            {
                var result = results[i]!;
                var errors = result["errors"]!.AsArray().Select(e => OracleJson.ToError(e!)).ToList();
                outcomes[documents[i].Id] = new ValidationOutcome(result["syntaxError"]!.GetValue<bool>(), errors);
            }
        }

        return outcomes;
    }
}
