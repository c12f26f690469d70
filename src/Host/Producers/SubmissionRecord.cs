using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Producers;

/// <summary>A submission as its producer sees it: status, the run that processed it (with its counts) and its files.</summary>
internal sealed record SubmissionRecord(
    Guid Id,
    string Producer,
    DateTimeOffset ReceivedAt,
    string Status,
    Guid? RunId,
    DateTimeOffset? FinishedAt,
    string? Error,
    long Bytes,
    string? JobId,
    RunCounts? Counts,
    IReadOnlyList<SubmittedFileInfo> Files);

/// <summary>A submitted file without its bytes.</summary>
internal sealed record SubmittedFileInfo(string Stream, string? FileName, string MediaType);
