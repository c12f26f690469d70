using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Pipeline;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// Keeps one Hangfire recurring job per pulled source (built-in, or a producer with a registered feed), with its
/// schedule unless configuration overrides it.
/// </summary>
internal static class SourceSchedules
{
    /// <summary>The source's schedule, unless configuration overrides it (<c>Schedules__&lt;slug&gt;</c>).</summary>
    public static string ScheduleOf(IConfiguration configuration, SourceDefinition source) =>
        configuration[$"Schedules:{source.Slug}"] is { Length: > 0 } cron ? cron : source.Schedule;

    /// <summary>
    /// Makes the recurring jobs match <paramref name="sources"/>. Hangfire keeps a job's next execution when its cron and
    /// time zone are unchanged, so a fire time missed while every instance was down still runs once
    /// (<see cref="MisfireHandlingMode.Relaxed"/>).
    /// </summary>
    public static void Sync(
        IRecurringJobManager manager, JobStorage storage, IConfiguration configuration, TimeZoneInfo timeZone, IReadOnlyList<SourceDefinition> sources, ILogger logger)
    {
        foreach (var source in sources)
        {
            Apply(manager, configuration, timeZone, source, logger);
        }

        var pulled = sources.Where(s => s.IsPulled).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !pulled.Contains(j.Id) && j.Id != DataGouvJob.RecurringJobId))
        {
            manager.RemoveIfExists(stale.Id);
        }
    }

    /// <summary>One source's recurring job: added or updated when it is pulled, removed when it is not (a push-only producer).</summary>
    public static void Apply(IRecurringJobManager manager, IConfiguration configuration, TimeZoneInfo timeZone, SourceDefinition source, ILogger logger)
    {
        var slug = source.Slug;
        if (!source.IsPulled)
        {
            manager.RemoveIfExists(slug);
            return;
        }

        var cron = CronSchedule.Check(slug, ScheduleOf(configuration, source));
        var options = new RecurringJobOptions { TimeZone = timeZone, MisfireHandling = MisfireHandlingMode.Relaxed };
        manager.AddOrUpdate<SourceJob>(slug, job => job.RunAsync(slug, SourceJob.ScheduledTrigger, null, CancellationToken.None), cron, options);
        logger.SourceScheduled(slug, cron, timeZone.Id);
    }
}
