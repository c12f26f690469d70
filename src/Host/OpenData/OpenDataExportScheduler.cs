using Hangfire;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Hands the pending export to one Hangfire job, scheduled at its due time. The request row names that job, so the
/// instances agree on who watches it; a request nobody watches (just recorded, or its job deleted from the dashboard)
/// is handed to a new job by <see cref="WatchAsync"/>.
/// </summary>
internal sealed class OpenDataExportScheduler(
    OpenDataExportRequests requests, IBackgroundJobClient jobs, OpenDataOptions options, Func<string, bool> jobIsPending, ILogger logger)
{
    public OpenDataOptions Options => options;

    public OpenDataExportRequests Requests => requests;

    /// <summary>Schedules a job for the pending request if no live job watches it; returns the new job's id.</summary>
    public async Task<string?> WatchAsync(CancellationToken cancellationToken)
    {
        var request = await requests.ReadAsync(cancellationToken);
        if (request is null || (request.JobId is { } watcher && jobIsPending(watcher)))
        {
            return null;
        }

        return await ScheduleAsync(request.JobId, request.DueAt(options), cancellationToken);
    }

    /// <summary>
    /// A job at <paramref name="dueAt"/> that takes over from <paramref name="expectedJobId"/>; deleted again (null) when
    /// another instance handed the request over first.
    /// </summary>
    public async Task<string?> ScheduleAsync(string? expectedJobId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var jobId = jobs.Schedule<OpenDataExportJob>(job => job.RunAsync(null, CancellationToken.None), dueAt);
        if (await requests.HandOverAsync(expectedJobId, jobId, cancellationToken))
        {
            logger.ExportScheduled(dueAt, jobId);
            return jobId;
        }

        jobs.Delete(jobId);
        return null;
    }
}
