using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>What a run produced before publication: its counts and a JSON sample of its errors (null when none).</summary>
internal sealed record RunOutcome(RunCounts Counts, string? InvalidSample);
