using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>The outcome of one source run, as the CLI summary table shows it.</summary>
internal sealed record SourceRunResult(string Source, Guid? RunId, SourceRunStatus Status, RunCounts Counts, TimeSpan Duration, string? Message);
