using System.Text.Json;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
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
        DocumentNode document;
        if (request.Document is not null)
        {
            document = request.Document;
        }
        else if (string.IsNullOrEmpty(request.Query))
        {
            return ExecutionResult.FromErrors([new GraphQLError("Must provide query string.")]);
        }
        else
        {
            try
            {
                document = Parser.Parse(request.Query, new ParserOptions { MaxTokens = options.MaxTokens });
            }
            catch (GraphQLSyntaxException exception)
            {
                return ExecutionResult.FromErrors([exception.Error]);
            }
        }

        var validationErrors = DocumentValidator.Validate(request.Schema, document, options.ToValidationOptions());
        if (validationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(validationErrors);
        }

        var operation = GetOperation(document, request.OperationName, out var operationError);
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

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return await ExecuteOperationAsync(request, options, operation, fragments, variables, cancellationToken);
    }

    private static async Task<ExecutionResult> ExecuteOperationAsync(
        ExecutionRequest request,
        ExecutionOptions options,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
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
            return new ExecutionResult(data, context.Errors, hasData: true);
        }
        catch (GraphQLException exception)
        {
            return new ExecutionResult(null, [exception.Error], hasData: true);
        }
        catch (Exception exception) when (timeoutSource?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested
            && exception is TimeoutException or OperationCanceledException)
        {
            var errors = context.Errors;
            errors.Add(new GraphQLError($"Execution timed out after {options.Timeout!.Value.TotalMilliseconds} ms."));
            return new ExecutionResult(null, errors, hasData: true);
        }
    }

    /// <summary>§6.1 GetOperation.</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
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
