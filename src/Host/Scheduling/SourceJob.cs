using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// One Hangfire execution of a source run, scheduled or ad hoc. Runs of one source never overlap: the source's
/// PostgreSQL advisory lock, taken by <see cref="SourceRunner"/>, refuses a second one wherever it starts. Every
/// execution is recorded in <c>ops.fires</c>, refusals included.
/// </summary>
/// <remarks>
/// No automatic retry: the pipeline's own HTTP retries and the "last good data is kept" rule decide, and a failed run
/// waits for its next slot or a manual trigger.
/// </remarks>
[AutomaticRetry(Attempts = 0)]
internal sealed class SourceJob(SourceRunner runner, SourceCatalog catalog, FireStore fires, ILogger<SourceJob> logger)
{
    public const string ScheduledTrigger = "scheduler";
    public const string ManualTrigger = "manual";

    /// <summary>Hangfire fills <paramref name="context"/> and <paramref name="cancellationToken"/> (server shutdown).</summary>
    public async Task RunAsync(string slug, string trigger, PerformContext? context, CancellationToken cancellationToken)
    {
        var source = await catalog.FindAsync(slug, cancellationToken) ?? throw new InvalidOperationException($"No source is named {slug}.");
        var jobId = context?.BackgroundJob.Id;

        // Taken again after its instance died (its invisibility expired): a recovery, unless a later job already caught up.
        if (jobId is not null && await fires.CloseInterruptedAsync(jobId, cancellationToken))
        {
            trigger += "-recovery";
        }

        var dueAt = context is null ? DateTimeOffset.MinValue : new DateTimeOffset(DateTime.SpecifyKind(context.BackgroundJob.CreatedAt, DateTimeKind.Utc));
        if (jobId is not null && await fires.RanSinceAsync(slug, jobId, dueAt, cancellationToken))
        {
            await fires.StartAsync(slug, jobId, trigger, FireStore.Superseded, cancellationToken);
            logger.FireSuperseded(slug, jobId);
            return;
        }

        var fireId = await fires.StartAsync(slug, jobId, trigger, FireStore.Started, cancellationToken);
        var result = await runner.RunAsync(source, trigger, cancellationToken);
        await fires.FinishAsync(fireId, Outcome(result), result.RunId, CancellationToken.None);
    }

    private static string Outcome(SourceRunResult result) => result.Status switch
    {
        SourceRunStatus.Succeeded => "succeeded",
        SourceRunStatus.Failed => "failed",
        _ when result.Message == SourceRunner.AlreadyRunningMessage => FireStore.AlreadyRunning,
        _ => FireStore.Skipped,
    };
}
