namespace DataInclusion.Normalize.Tests.Support;

/// <summary>A clock stopped at a given instant, so date rules do not depend on when tests run.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-12-02 09:00 in Paris: every test that needs "today" uses this date.</summary>
    public static FixedTimeProvider Default { get; } = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
