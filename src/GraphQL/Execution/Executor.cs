using System.Text.Json;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Execution;

/// <summary>Parses, validates and executes a request (GraphQL spec §6.1 ExecuteRequest).</summary>
public static class Executor
{
    private static readonly ExecutionOptions s_defaults = new();
    private static readonly IReadOnlyDictionary<string, object?> s_noVariables = new Dictionary<string, object?>();

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var options = request.Options ?? s_defaults;
        var prepared = request.Prepared;
        if (prepared is null)
        {
            if (request.Document is not null)
            {
                var validationErrors = DocumentValidator.Validate(request.Schema, request.Document, options.ToValidationOptions());
                if (validationErrors.Count > 0)
                {
                    return ExecutionResult.FromErrors(validationErrors);
                }

                prepared = PreparedDocument.FromValidated(request.Schema, request.Document);
            }
            else if (string.IsNullOrEmpty(request.Query))
            {
                return ExecutionResult.FromErrors([new GraphQLError("Must provide query string.")]);
            }
            else
            {
                prepared = PreparedDocument.Prepare(request.Schema, request.Query, options);
            }
        }
        else if (!ReferenceEquals(prepared.Schema, request.Schema))
        {
            throw new ArgumentException("The prepared document was validated against another schema.", nameof(request));
        }

        if (!prepared.IsValid)
        {
            return ExecutionResult.FromErrors(prepared.Errors);
        }

        var operation = GetOperation(prepared.Document!, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromErrors([operationError!]);
        }

        var inputs = request.Variables
            ?? (request.VariablesJson is { ValueKind: JsonValueKind.Object } json ? JsonValues.ToDictionary(json) : s_noVariables);
        var variableErrors = new List<GraphQLError>();
        var variables = Values.CoerceVariableValues(request.Schema, operation, inputs, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }

        IReadOnlyDictionary<string, object?>? extensions = null;
        if (options.Cost is { } costOptions)
        {
            var cost = CostAnalyzer.Compute(request.Schema, operation, prepared.Fragments, variables, costOptions);
            extensions = CostLimit.Extensions(cost, costOptions.MaxCost);
            if (cost > costOptions.MaxCost)
            {
                return new ExecutionResult(null, [CostLimit.Error(cost, costOptions)], hasData: false) { Extensions = extensions };
            }
        }

        return await ExecuteOperationAsync(request, options, operation, prepared.Fragments, variables, extensions, cancellationToken);
    }

    private static async Task<ExecutionResult> ExecuteOperationAsync(
        ExecutionRequest request,
        ExecutionOptions options,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? extensions,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = options.Timeout is { } timeout
            ? new CancellationTokenSource(timeout, options.TimeProvider ?? TimeProvider.System)
            : null;
        using var linked = timeoutSource is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var token = linked?.Token ?? cancellationToken;
        var timeoutTask = timeoutSource is null ? null : Task.Delay(Timeout.Infinite, timeoutSource.Token).ContinueWith(static _ => { }, TaskScheduler.Default);

        var context = new ExecutionContext(request.Schema, operation, fragments, variables, request, token);
        var executor = new OperationExecutor(context);
        try
        {
            var data = await executor.ExecuteOperationAsync(timeoutTask);
            return new ExecutionResult(data, context.Errors, hasData: true) { Extensions = extensions };
        }
        catch (GraphQLException exception)
        {
            return new ExecutionResult(null, [exception.Error], hasData: true) { Extensions = extensions };
        }
        catch (Exception exception) when (timeoutSource?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested
            && exception is TimeoutException or OperationCanceledException)
        {
            var errors = context.Errors ?? [];
            errors.Add(new GraphQLError($"Execution timed out after {options.Timeout!.Value.TotalMilliseconds} ms."));
            return new ExecutionResult(null, errors, hasData: true) { Extensions = extensions };
        }
    }

    /// <summary>§6.1 GetOperation.</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        error = null;
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operationName))
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = new GraphQLError(string.IsNullOrEmpty(operationName) ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return found;
    }
}
