using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// On each instance that runs jobs: looks every poll interval for a pending export nobody watches (publications from
/// the CLI, a job deleted on the dashboard) and hands it to a job. One indexed read of one row per interval.
/// </summary>
internal sealed class OpenDataExportWatcher(OpenDataExportScheduler scheduler, TimeSpan interval, ILogger<OpenDataExportWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await scheduler.WatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The database may be restarting: a failed look is logged and tried again at the next tick, never fatal.
                logger.WatchFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
