using System.Text.Json;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>One GraphQL request: a schema, a document (as text or parsed), an operation name and variables.</summary>
public sealed class ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>The document text; parsed when <see cref="Document"/> is null.</summary>
    public string? Query { get; init; }

    public DocumentNode? Document { get; init; }

    /// <summary>A document already parsed and validated for <see cref="Schema"/>; used before Document and Query.</summary>
    public PreparedDocument? Prepared { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as CLR values (string, numbers, bool, lists, dictionaries, JsonElement).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variable values as a JSON object; used when <see cref="Variables"/> is null.</summary>
    public JsonElement? VariablesJson { get; init; }

    public object? RootValue { get; init; }

    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    public ExecutionOptions? Options { get; init; }
}
