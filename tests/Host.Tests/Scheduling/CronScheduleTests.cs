using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;

namespace DataInclusion.Host.Tests.Scheduling;

public sealed class CronScheduleTests
{
    // Quartz-style '?' firing as '*' is proven end to end: every scheduler test's cron uses it (SchedulerTestSupport.Slots).
    [Fact]
    public void EveryRegistrySchedule_IsAcceptedAsItIs()
    {
        Assert.All(SourceRegistry.All, source => Assert.Equal(source.Schedule, CronSchedule.Check(source.Slug, source.Schedule)));
    }

    [Fact]
    public void AQuartzYearField_IsRefusedWithWhatToChange()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CronSchedule.Check("dora", "0 0 3 1 1 ? 2099"));

        Assert.Contains("dora", error.Message, StringComparison.Ordinal);
        Assert.Contains("year field is not supported", error.Message, StringComparison.Ordinal);
    }
}
