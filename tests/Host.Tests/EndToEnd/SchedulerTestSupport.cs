using System.Globalization;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Fire times and waits shared by the scheduler's end-to-end tests.</summary>
internal static class SchedulerTestSupport
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Short timings so that the cluster tests take seconds: jobs seen within a second, crashes noticed in 10 s.</summary>
    public static Dictionary<string, string?> FastScheduler(string db, string invisibilityTimeout = "00:00:10") => new()
    {
        ["DATAINCLUSION_DB"] = db,
        ["Scheduler__PollInterval"] = "00:00:01",
        ["Scheduler__InvisibilityTimeout"] = invisibilityTimeout,
        ["Schedules__demo"] = Never,
    };

    /// <summary>A schedule that does not fire during a test (once a year, on the 1st of January at 03:00).</summary>
    public const string Never = "0 0 3 1 1 ?";

    /// <summary>
    /// A cron (seconds first, Quartz-style <c>?</c>, in the schedules' time zone) firing <paramref name="count"/> times
    /// <paramref name="spacingSeconds"/> apart from about <paramref name="notBefore"/>, all within one minute; and its first fire time.
    /// </summary>
    public static (string Cron, DateTimeOffset FirstAt) Slots(DateTimeOffset notBefore, int count = 1, int spacingSeconds = 1)
    {
        var first = new DateTimeOffset(notBefore.Ticks - (notBefore.Ticks % TimeSpan.TicksPerSecond), notBefore.Offset).AddSeconds(1);
        if (first.Second + ((count - 1) * spacingSeconds) > 59)
        {
            first = first.AddSeconds(60 - first.Second);
        }

        var local = TimeZoneInfo.ConvertTime(first, s_paris);
        var seconds = string.Join(',', Enumerable.Range(0, count).Select(i => (local.Second + (i * spacingSeconds)).ToString(CultureInfo.InvariantCulture)));
        return (seconds + local.ToString(" m H d M '?'", CultureInfo.InvariantCulture), first);
    }

    public static async Task WaitUntilAsync(string db, string countSql, long expected, DateTimeOffset deadline)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await Sql.ScalarAsync<long>(db, countSql) >= expected)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"timed out waiting for {expected} from: {countSql}");
    }

    /// <summary>Each fire of the source as "trigger outcome", in order.</summary>
    public static Task<List<string>> FiresAsync(string db, string source) =>
        Sql.ColumnAsync(db, $"SELECT trigger || ' ' || outcome FROM ops.fires WHERE source = '{source}' ORDER BY fired_at");
}
