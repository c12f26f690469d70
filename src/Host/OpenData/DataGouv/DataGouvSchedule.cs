using DataInclusion.Host.Scheduling;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>The recurring publication to data.gouv.fr: present when it is configured, removed otherwise.</summary>
internal static class DataGouvSchedule
{
    public static string ScheduleOf(IConfiguration configuration) =>
        configuration[$"Schedules:{DataGouvJob.RecurringJobId}"] is { Length: > 0 } cron ? cron : DataGouvJob.DefaultSchedule;

    public static void Sync(IRecurringJobManager manager, IConfiguration configuration, bool enabled, TimeZoneInfo timeZone, ILogger logger)
    {
        if (!enabled)
        {
            manager.RemoveIfExists(DataGouvJob.RecurringJobId);
            return;
        }

        var cron = CronSchedule.Check(DataGouvJob.RecurringJobId, ScheduleOf(configuration));
        var options = new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed };
        manager.AddOrUpdate<DataGouvJob>(DataGouvJob.RecurringJobId, job => job.RunAsync("scheduler", CancellationToken.None), cron, options);
        logger.PublicationScheduled(cron, timeZone.Id);
    }
}
