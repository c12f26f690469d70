using Hangfire;
using Hangfire.Server;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// The debounced export after publications: when the pending request is due, takes it and builds the set; when a later
/// publication moved it, schedules itself again at the new due time. No automatic retry: the next publication asks again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
internal sealed class OpenDataExportJob(OpenDataExportScheduler scheduler, OpenDataBuilder builder, TimeProvider time)
{
    public const string Trigger = "publication";

    /// <summary>Hangfire fills <paramref name="context"/> and <paramref name="cancellationToken"/>.</summary>
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) => ExecuteAsync(context?.BackgroundJob.Id, cancellationToken);

    /// <summary>Returns the set built, if this execution built one.</summary>
    internal async Task<OpenDataCatalog?> ExecuteAsync(string? jobId, CancellationToken cancellationToken)
    {
        var requests = scheduler.Requests;
        while (true)
        {
            var request = await requests.ReadAsync(cancellationToken);
            if (request is null)
            {
                return null;
            }

            var dueAt = request.DueAt(scheduler.Options);
            if (dueAt > time.GetUtcNow())
            {
                // Only the job the request names moves it along: a stale duplicate just stops.
                if (request.JobId == jobId)
                {
                    await scheduler.ScheduleAsync(jobId, dueAt, cancellationToken);
                }

                return null;
            }

            if (await requests.TakeAsync(request, cancellationToken))
            {
                break;
            }
        }

        var catalog = await builder.BuildAsync(Trigger, cancellationToken);
        if (catalog is null)
        {
            // Another export is running and may have read the marts before this publication: ask again.
            await requests.RequestAsync(time.GetUtcNow(), cancellationToken);
        }

        return catalog;
    }
}
