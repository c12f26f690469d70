using DataInclusion.Host.OpenData.DataGouv;
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
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var sources = await catalog.AllAsync(cancellationToken);
        SourceSchedules.Sync(manager, storage, runtime.Configuration, timeZone, sources, logger);
        var dataGouv = DataGouvOptions.From(runtime.Configuration, Environment.GetEnvironmentVariable);
        DataGouvSchedule.Sync(manager, runtime.Configuration, dataGouv.Enabled, timeZone, logger);
        logger.SchedulerStarted(Storage.FireStore.Instance, options.WorkerCount, JobStorageFactory.SchemaName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
