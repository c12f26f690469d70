using DataInclusion.Host.Pipeline;
using Hangfire;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// The debounced reclustering (see <see cref="DebouncedClustering"/>): clusters every published structure once the
/// publications have settled. A failure is recorded in <c>ops.clusterings</c> by <see cref="StructureClustering"/>;
/// the next publication asks again, so Hangfire does not retry.
/// </summary>
[AutomaticRetry(Attempts = 0)]
internal sealed class ClusteringJob(DebouncedClustering debounce, StructureClustering clustering)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await debounce.TakeDueAsync(cancellationToken))
        {
            await clustering.RefreshAsync(null, cancellationToken);
        }
    }
}
