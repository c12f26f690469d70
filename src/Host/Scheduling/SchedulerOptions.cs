namespace DataInclusion.Host.Scheduling;

/// <summary>Scheduler settings (configuration section <c>Scheduler</c>, e.g. <c>Scheduler__MaxConcurrency</c>).</summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Sources one instance runs at the same time.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>How often an instance tells the cluster it is alive; a silent instance's runs are recovered after a few of these.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A fire time missed by more than this (downtime) is a misfire: it runs once at start, not once per missed slot.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time zone of the cron schedules.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";
}
