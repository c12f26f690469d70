using System.Text.Json;
using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>Runs a request through the engine's <see cref="Executor"/> with a JSON root value and JSON variables.</summary>
public static class EngineExecution
{
    private static readonly Lazy<Schema> s_corpusSchema = new(() => ConventionResolvers.BuildSchema(ExecutionCorpus.Sdl));

    public static Schema CorpusSchema => s_corpusSchema.Value;

    public static async Task<JsonNode> ExecuteAsync(Schema schema, string document, JsonObject? variables, string? operationName, JsonNode? rootValue)
    {
        var request = new ExecutionRequest
        {
            Schema = schema,
            Query = document,
            OperationName = operationName,
            VariablesJson = variables is null ? null : JsonSerializer.SerializeToElement(variables),
            RootValue = rootValue is null ? null : JsonSerializer.SerializeToElement(rootValue),
        };
        var result = await Executor.ExecuteAsync(request);
        return JsonNode.Parse(result.ToJson())!;
    }
}
