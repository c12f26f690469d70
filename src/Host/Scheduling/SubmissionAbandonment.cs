using DataInclusion.Host.Producers;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// When Hangfire gives up on a <see cref="SubmissionJob"/> (its retries are spent and the job enters the failed state),
/// the submission ends <c>failed</c> with the reason, where the producer reads its status: without this it stayed
/// <c>queued</c> (a busy source) or <c>running</c> (an infrastructure fault) forever. Registered as a global filter
/// by the instances that run jobs.
/// </summary>
internal sealed class SubmissionAbandonment(SubmissionStore submissions, ILogger<SubmissionAbandonment> logger) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is not FailedState failed || context.BackgroundJob.Job is not { } job
            || job.Type != typeof(SubmissionJob) || job.Args is not [Guid submissionId, ..])
        {
            return;
        }

        var reason = Reason(failed.Exception);
        // Hangfire's filters are synchronous; this is one short UPDATE, on the worker that just failed the job.
        if (submissions.AbandonAsync(submissionId, reason, CancellationToken.None).GetAwaiter().GetResult())
        {
            logger.SubmissionAbandoned(submissionId, reason);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>What the producer reads: the job's last error, after how many attempts.</summary>
    public static string Reason(Exception? lastError) =>
        $"abandoned after {SubmissionJob.Retries + 1} attempts: {lastError?.Message ?? "the job failed"}";
}
