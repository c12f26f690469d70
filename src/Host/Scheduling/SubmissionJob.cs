using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// Processes one pushed submission through the producer's source, with the same runner as a pull: raw layer,
/// normalisation, validation, the gates, and atomic publication. Only the connector differs.
/// </summary>
/// <remarks>
/// Retried when the source is busy (a pull or another submission holds its lock) or the infrastructure failed; a
/// submission already finished is never run again, so a redelivered job does nothing. When the retries are spent,
/// <see cref="SubmissionAbandonment"/> ends the submission <c>failed</c>.
/// </remarks>
[AutomaticRetry(Attempts = Retries, DelaysInSeconds = [2, 5, 10, 30, 60, 120, 300, 600, 600, 600])]
internal sealed class SubmissionJob(SourceRunner runner, SourceCatalog catalog, SubmissionStore submissions, ILogger<SubmissionJob> logger)
{
    public const string Trigger = "push";

    /// <summary>Attempts after the first (about 40 minutes in all): a source stays busy that long only if something is wrong.</summary>
    public const int Retries = 10;

    public async Task RunAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        if (await submissions.GetAsync(submissionId, cancellationToken) is not { } submission || SubmissionStatus.IsFinal(submission.Status))
        {
            return;
        }

        if (await catalog.FindAsync(submission.Producer, cancellationToken) is not { } producerSource)
        {
            await submissions.FinishAsync(submissionId, SubmissionStatus.Failed, null, $"no source is named {submission.Producer}", cancellationToken);
            return;
        }

        var files = await submissions.FilesAsync(submissionId, cancellationToken);
        await submissions.SetStatusAsync(submissionId, SubmissionStatus.Running, cancellationToken);
        var source = producerSource with { CreateConnector = _ => new SubmissionConnector(submission.Producer, submissionId, submission.ReceivedAt, files) };
        var result = await runner.RunAsync(source, Trigger, cancellationToken);
        if (result.Status == SourceRunStatus.Skipped)
        {
            await submissions.SetStatusAsync(submissionId, SubmissionStatus.Queued, CancellationToken.None);
            logger.SubmissionDeferred(submission.Producer, submissionId, result.Message ?? string.Empty);
            throw new InvalidOperationException($"submission {submissionId} deferred: {result.Message}");
        }

        var status = result.Status == SourceRunStatus.Succeeded ? SubmissionStatus.Succeeded : SubmissionStatus.Failed;
        await submissions.FinishAsync(submissionId, status, result.RunId, result.Message, CancellationToken.None);
        logger.SubmissionProcessed(submission.Producer, submissionId, status, result.RunId);
    }

    /// <summary>Queues the processing of a submission on whichever instance runs jobs.</summary>
    public static string Enqueue(IBackgroundJobClient jobs, Guid submissionId) =>
        jobs.Enqueue<SubmissionJob>(job => job.RunAsync(submissionId, CancellationToken.None));
}
