using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Scheduling;

/// <summary>Scheduler settings (configuration section <c>Scheduler</c>, e.g. <c>Scheduler__WorkerCount</c>).</summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Jobs (source runs) one instance executes at the same time.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// How long a job taken by an instance stays invisible to the others. It slides while the instance lives (renewed
    /// every fifth of it), so a long run is never taken twice; after a crash the job is taken again once it expires:
    /// recovery happens within this plus <see cref="PollInterval"/>.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How often an idle instance looks for queued jobs and due recurring jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time zone of the cron schedules.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public static SchedulerOptions From(IConfiguration configuration)
    {
        var options = new SchedulerOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }
}
