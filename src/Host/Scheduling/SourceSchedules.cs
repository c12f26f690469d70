using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Pipeline;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>Keeps one Hangfire recurring job per source, with the registry's schedule unless configuration overrides it.</summary>
internal static class SourceSchedules
{
    /// <summary>The registry's schedule, unless configuration overrides it (<c>Schedules__&lt;slug&gt;</c>).</summary>
    public static string ScheduleOf(IConfiguration configuration, SourceDefinition source) =>
        configuration[$"Schedules:{source.Slug}"] is { Length: > 0 } cron ? cron : source.Schedule;

    /// <summary>
    /// Makes the recurring jobs match the registry. Hangfire keeps a job's next execution when its cron and time zone are
    /// unchanged, so a fire time missed while every instance was down still runs once (<see cref="MisfireHandlingMode.Relaxed"/>).
    /// </summary>
    public static void Sync(IRecurringJobManager manager, JobStorage storage, IConfiguration configuration, TimeZoneInfo timeZone, ILogger logger)
    {
        var options = new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed };
        foreach (var source in SourceRegistry.All)
        {
            var cron = CronSchedule.Check(source.Slug, ScheduleOf(configuration, source));
            var slug = source.Slug;
            manager.AddOrUpdate<SourceJob>(slug, job => job.RunAsync(slug, SourceJob.ScheduledTrigger, null, CancellationToken.None), cron, options);
            logger.SourceScheduled(slug, cron, timeZone.Id);
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => SourceRegistry.Find(j.Id) is null && j.Id != DataGouvJob.RecurringJobId))
        {
            manager.RemoveIfExists(stale.Id);
        }
    }
}
