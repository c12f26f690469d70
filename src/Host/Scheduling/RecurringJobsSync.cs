using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>At start, before this instance's Hangfire server: the sources' recurring jobs, as configured now.</summary>
internal sealed class RecurringJobsSync(HostRuntime runtime, IRecurringJobManager manager, JobStorage storage, ILogger<RecurringJobsSync> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = SchedulerOptions.From(runtime.Configuration);
        SourceSchedules.Sync(manager, storage, runtime.Configuration, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone), logger);
        logger.SchedulerStarted(Storage.FireStore.Instance, options.WorkerCount, JobStorageFactory.SchemaName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
