using DataInclusion.Host.Producers;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>Refused tokens are throttled per client address, in a sliding window.</summary>
public sealed class FailedAttemptLimiterTests
{
    [Fact]
    public void AfterTheAllowedFailures_TheClientWaitsUntilTheOldestLeavesTheWindow_OthersAreNotAffected()
    {
        var time = new ManualTime();
        var limiter = new FailedAttemptLimiter(new ProducerOptions { MaxFailedAttempts = 3, FailedAttemptWindow = TimeSpan.FromMinutes(10) }, time);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(limiter.RetryAfter("10.0.0.1"));
            limiter.RecordFailure("10.0.0.1");
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(TimeSpan.FromMinutes(7), limiter.RetryAfter("10.0.0.1"));
        Assert.Null(limiter.RetryAfter("10.0.0.2"));
        time.Advance(TimeSpan.FromMinutes(7));
        Assert.Null(limiter.RetryAfter("10.0.0.1"));
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
