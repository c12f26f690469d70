namespace DataInclusion.Host.Tests.Enrichment;

/// <summary>A clock that never moves: what is computed from "now" does not depend on when the test runs.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
