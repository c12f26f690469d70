using DataInclusion.Host.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>Runs the clustered scheduler for as long as <c>serve</c> runs (unless <c>--no-scheduler</c>).</summary>
internal sealed class SchedulerHostedService(HostRuntime runtime, SourceRunner runner) : IHostedService
{
    private SourceScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new SchedulerOptions();
        runtime.Configuration.GetSection(SchedulerOptions.SectionName).Bind(options);
        _scheduler = await SourceScheduler.CreateAsync(runtime.Database.ConnectionString, options, runner, runtime.LoggerFactory, cancellationToken);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        await _scheduler.SyncSchedulesAsync(SourceRegistry.All, source => ScheduleOf(runtime.Configuration, source), timeZone, cancellationToken);
        await _scheduler.StartAsync(cancellationToken);
        runtime.LoggerFactory.CreateLogger<SchedulerHostedService>().SchedulerStarted(_scheduler.Scheduler.SchedulerInstanceId, SourceScheduler.SchedulerName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _scheduler?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>The registry's schedule, unless configuration overrides it (<c>Schedules__&lt;slug&gt;</c>).</summary>
    public static string ScheduleOf(IConfiguration configuration, SourceDefinition source) =>
        configuration[$"Schedules:{source.Slug}"] is { Length: > 0 } cron ? cron : source.Schedule;
}
