using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>A run whose data was fetched and validated but must not be published.</summary>
internal sealed class RunRejectedException(string message, RunCounts counts) : Exception(message)
{
    public RunCounts Counts { get; } = counts;
}
