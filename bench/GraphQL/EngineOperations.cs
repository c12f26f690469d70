using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Bench;

/// <summary>The three measured phases, the same as js/bench.mjs: parse, validate, and a whole request.</summary>
public static class EngineOperations
{
    public static DocumentNode Parse(string source) => Parser.Parse(source);

    public static int Validate(Workload workload, DocumentNode document) => DocumentValidator.Validate(workload.Schema, document).Count;

    /// <summary>A request whose document the cache already holds, as the HTTP endpoint serves a repeated query.</summary>
    public static async Task<ExecutionResult> CachedRequestAsync(Workload workload, DocumentCache cache, string source) =>
        await Executor.ExecuteAsync(new ExecutionRequest { Schema = workload.Schema, Prepared = cache.Get(source), RootValue = workload.Root });

    /// <summary>Parse + validate + execute, as a request without a document cache.</summary>
    public static async Task<ExecutionResult> RequestAsync(Workload workload, string source)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = workload.Schema,
            Query = source,
            RootValue = workload.Root,
        });
        return result.Errors is { Count: > 0 } && !result.HasData
            ? throw new InvalidOperationException($"request failed: {result.Errors[0].Message}")
            : result;
    }
}
