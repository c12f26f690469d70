using DataInclusion.Host.Pipeline;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>At start, before this instance's Hangfire server: the sources' recurring jobs, as configured now.</summary>
internal sealed class RecurringJobsSync(
    HostRuntime runtime, SourceCatalog catalog, IRecurringJobManager manager, JobStorage storage, ILogger<RecurringJobsSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = SchedulerOptions.From(runtime.Configuration);
        var sources = await catalog.AllAsync(cancellationToken);
        SourceSchedules.Sync(manager, storage, runtime.Configuration, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone), sources, logger);
        logger.SchedulerStarted(Storage.FireStore.Instance, options.WorkerCount, JobStorageFactory.SchemaName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
