using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Conformance.Oracle;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>graphql-js execute results for every execution case, computed once in one node process.</summary>
public static class ExecutionOracle
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonNode>>> s_results = new(ComputeAsync);

    public static Task<IReadOnlyDictionary<string, JsonNode>> ResultsAsync() => s_results.Value;

    public static async Task<JsonNode> ExecuteAsync(string sdl, string document, JsonObject? variables, JsonNode? rootValue)
    {
        var input = new JsonObject
        {
            ["sdl"] = sdl,
            ["document"] = document,
            ["variables"] = variables?.DeepClone(),
            ["rootValue"] = rootValue?.DeepClone(),
        };
        return await NodeOracle.RunAsync("execute.mjs", input);
    }

    private static async Task<IReadOnlyDictionary<string, JsonNode>> ComputeAsync()
    {
        var cases = ExecutionCorpus.Cases;
        var requests = new JsonArray(cases.Select(c => (JsonNode?)new JsonObject
        {
            ["document"] = c.Document,
            ["variables"] = c.Variables?.DeepClone(),
            ["operationName"] = c.OperationName,
            ["rootValue"] = ExecutionCorpus.RootOf(c).DeepClone(),
        }).ToArray());
        var output = await NodeOracle.RunAsync("execute.mjs", new JsonObject { ["sdl"] = ExecutionCorpus.Sdl, ["requests"] = requests });
        var results = output["results"]!.AsArray();
        return cases.Select((c, i) => (c.Name, Result: results[i]!)).ToDictionary(p => p.Name, p => p.Result);
    }
}
