using DataInclusion.GraphQL.Execution;

namespace DataInclusion.GraphQL.Http;

/// <summary>The bound on concurrent executions (<see cref="GraphQLHttpOptions.MaxConcurrentExecutions"/>).</summary>
internal sealed partial class GraphQLHttpHandler
{
    // SemaphoreSlim hands a released slot to its oldest asynchronous waiter: requests are admitted in arrival order.
    private readonly SemaphoreSlim? _executionSlots = options.MaxConcurrentExecutions > 0
        ? new SemaphoreSlim(options.MaxConcurrentExecutions, options.MaxConcurrentExecutions)
        : null;

    private async Task<ExecutionResult> ExecuteInTurnAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        if (_executionSlots is null)
        {
            return await Executor.ExecuteAsync(request, cancellationToken);
        }

        await _executionSlots.WaitAsync(cancellationToken);
        try
        {
            return await Executor.ExecuteAsync(request, cancellationToken);
        }
        finally
        {
            _executionSlots.Release();
        }
    }
}
