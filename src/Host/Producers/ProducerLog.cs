using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Producers;

/// <summary>The log events of producer accounts and submissions (ids 1100–1199, apart from the host's <c>Log</c>).</summary>
internal static partial class ProducerLog
{
    [LoggerMessage(1100, LogLevel.Information, "Submission {SubmissionId} of {Producer} received: {Files} files, {Bytes} bytes")]
    public static partial void SubmissionReceived(this ILogger logger, string producer, Guid submissionId, int files, long bytes);

    [LoggerMessage(1101, LogLevel.Information, "Submission {SubmissionId} of {Producer} {Status} (run {RunId})")]
    public static partial void SubmissionProcessed(this ILogger logger, string producer, Guid submissionId, string status, Guid? runId);

    [LoggerMessage(1102, LogLevel.Information, "Submission {SubmissionId} of {Producer} deferred: {Reason}")]
    public static partial void SubmissionDeferred(this ILogger logger, string producer, Guid submissionId, string reason);

    [LoggerMessage(1103, LogLevel.Warning, "Producer token refused for {Producer} from {Client}: {Outcome}")]
    public static partial void TokenRefused(this ILogger logger, string producer, string client, string outcome);

    [LoggerMessage(1105, LogLevel.Warning, "Submission {SubmissionId} abandoned: {Reason}")]
    public static partial void SubmissionAbandoned(this ILogger logger, Guid submissionId, string reason);

    [LoggerMessage(1104, LogLevel.Information, "Feed of producer {Producer} registered: {Streams}, schedule {Schedule}")]
    public static partial void FeedRegistered(this ILogger logger, string producer, string streams, string schedule);
}
