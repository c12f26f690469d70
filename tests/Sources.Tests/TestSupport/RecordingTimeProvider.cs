using System.Collections.Concurrent;

namespace DataInclusion.Sources.Tests.TestSupport;

/// <summary>
/// Real time, but records every timer the code under test asks for, and runs the long ones (at least
/// <paramref name="shortenFrom"/>) after 1 ms: a test can assert a 7 s Retry-After wait without waiting 7 s.
/// </summary>
public sealed class RecordingTimeProvider(TimeSpan shortenFrom) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public IReadOnlyCollection<TimeSpan> Requested => [.. _requested];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _requested.Enqueue(dueTime);
        var due = dueTime >= shortenFrom && dueTime != Timeout.InfiniteTimeSpan ? TimeSpan.FromMilliseconds(1) : dueTime;
        return System.CreateTimer(callback, state, due, period);
    }
}
