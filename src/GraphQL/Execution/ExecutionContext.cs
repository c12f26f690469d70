using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>The state of one execution (GraphQL spec §6): schema, operation, fragments, coerced variables and errors.</summary>
internal sealed class ExecutionContext(
    Schema schema,
    OperationDefinitionNode operation,
    Dictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    ExecutionRequest request,
    CancellationToken cancellationToken)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _lock = new();

    public Schema Schema { get; } = schema;

    public OperationDefinitionNode Operation { get; } = operation;

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public object? RootValue { get; } = request.RootValue;

    public object? UserContext { get; } = request.UserContext;

    public IServiceProvider? Services { get; } = request.Services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public LoaderRegistry Loaders { get; } = new();

    public void AddError(GraphQLError error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }

    /// <summary>A copy of the errors reported so far; null when there are none (no copy made).</summary>
    public List<GraphQLError>? Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors.Count == 0 ? null : [.. _errors];
            }
        }
    }
}
