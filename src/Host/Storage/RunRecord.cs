namespace DataInclusion.Host.Storage;

/// <summary>One row of the run history.</summary>
internal sealed record RunRecord(
    Guid Id, string Source, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string Status, RunCounts Counts, string? Error);
