namespace DataInclusion.Host.Scheduling;

/// <summary>
/// The cron syntax of our schedules: 5 fields, or 6 with seconds first. Quartz-style <c>?</c> in the day fields is read
/// as <c>*</c> by Hangfire's parser; Quartz's optional seventh field (the year) has no equivalent and is refused.
/// </summary>
internal static class CronSchedule
{
    /// <summary>The expression to give Hangfire, or an exception naming the source and what to change.</summary>
    public static string Check(string slug, string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length is not (5 or 6))
        {
            throw new InvalidOperationException(
                $"The schedule of {slug} ('{cron}') has {fields.Length} fields: use 5 (minute first) or 6 (seconds first); a year field is not supported.");
        }

        return string.Join(' ', fields);
    }
}
