namespace DataInclusion.GraphQL.Execution;

/// <summary>A loader with queued keys, dispatched by the executor.</summary>
internal interface IPendingLoader
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
