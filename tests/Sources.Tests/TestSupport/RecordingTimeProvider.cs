using System.Collections.Concurrent;

namespace DataInclusion.Sources.Tests.TestSupport;

/// <summary>
/// Real time, but records every timer the code under test asks for, and runs the long ones (at least
/// <paramref name="shortenFrom"/>) after 1 ms: a test can assert a 7 s Retry-After wait without waiting 7 s.
/// Timers of <paramref name="deadlinesFrom"/> or more are deadlines (the request's total timeout, sized from every
/// attempt and wait), not waits: they keep their real duration, or they would fire at once.
/// </summary>
public sealed class RecordingTimeProvider(TimeSpan shortenFrom, TimeSpan? deadlinesFrom = null) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();
    private readonly TimeSpan _deadlinesFrom = deadlinesFrom ?? TimeSpan.FromMinutes(1);

    public IReadOnlyCollection<TimeSpan> Requested => [.. _requested];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _requested.Enqueue(dueTime);
        var wait = dueTime >= shortenFrom && dueTime < _deadlinesFrom;
        return System.CreateTimer(callback, state, wait ? TimeSpan.FromMilliseconds(1) : dueTime, period);
    }
}
