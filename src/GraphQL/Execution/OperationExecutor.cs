using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Executes one operation (GraphQL spec §6.2 – §6.4). Field results flow as plain values; <see cref="Propagate"/>
/// stands for "null because of an error already reported", which a non-null position passes up to its parent.
/// </summary>
internal sealed partial class OperationExecutor(ExecutionContext context)
{
    /// <summary>A null caused by an error; bubbles through non-null positions (§6.4.4 Handling Field Errors).</summary>
    internal static readonly object Propagate = new();

    private readonly ExecutionContext _context = context;

    /// <summary>§6.2 ExecuteQuery / ExecuteMutation: the root selection set, serially for mutations.</summary>
    public async Task<object?> ExecuteOperationAsync(Task? timeout)
    {
        var operation = _context.Operation;
        var rootType = _context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            throw new GraphQLException(new GraphQLError(
                $"Schema is not configured to execute {Language.Printer.OperationName(operation.Operation)} operation.",
                operation.Location is { } location ? [location] : null));
        }

        var fields = CollectRootFields(rootType);
        var serial = operation.Operation == OperationType.Mutation;
        var execution = serial
            ? ExecuteSelectionSetSeriallyAsync(rootType, _context.RootValue, fields)
            : ExecuteSelectionSet(rootType, _context.RootValue, fields, null);
        var result = await RunToCompletionAsync(execution, timeout);
        return ReferenceEquals(result, Propagate) ? null : result;
    }

    /// <summary>
    /// Drives the execution: dispatches data loader batches when keys are queued and none of the request's code is
    /// running (code still running, on any thread, may queue more keys of the same level).
    /// </summary>
    private async Task<object?> RunToCompletionAsync(ValueTask<object?> execution, Task? timeout)
    {
        var loaders = _context.Loaders;
        if (execution.IsCompletedSuccessfully && !loaders.HasPending)
        {
            return execution.Result;
        }

        // The driver runs in the request's execution context but is not request code: it must not wait for itself.
        LoaderRegistry.LeaveSegment();
        var task = execution.AsTask();
        while (!task.IsCompleted)
        {
            if (loaders.IsReady)
            {
                await loaders.DispatchAsync(_context.CancellationToken);
                continue;
            }

            var ready = loaders.WhenReadyAsync();
            var finished = timeout is null ? await Task.WhenAny(task, ready) : await Task.WhenAny(task, ready, timeout);
            if (ReferenceEquals(finished, timeout))
            {
                throw new TimeoutException();
            }
        }

        return await task;
    }

    private static GraphQLError FieldError(Exception exception, CollectedField field, ResponsePath path)
    {
        var located = exception is GraphQLException graphQL ? graphQL.Error : null;
        var message = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0].Message : exception.Message;
        var locations = new List<SourceLocation>(field.Nodes.Length);
        foreach (var node in field.Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        return new GraphQLError(located?.Message ?? message, located?.Locations ?? locations, path.ToList(), located?.Extensions);
    }

    /// <summary>Records a field error; the position becomes null (or propagates if non-null).</summary>
    private object HandleFieldError(Exception exception, CollectedField field, ResponsePath path)
    {
        if (exception is OperationCanceledException && _context.CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }

        _context.AddError(FieldError(exception, field, path));
        return Propagate;
    }
}
