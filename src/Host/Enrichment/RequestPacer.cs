namespace DataInclusion.Host.Enrichment;

/// <summary>Spaces requests evenly to at most N per second across all callers (the API's limit is per IP, not per worker).</summary>
internal sealed class RequestPacer(double perSecond, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / Math.Max(perSecond, 0.001));
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>Waits for this caller's slot.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve() - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Takes the next free slot: now if the previous one is past, else one interval after it.</summary>
    internal DateTimeOffset Reserve()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _next > now ? _next : now;
            _next = slot + _interval;
            return slot;
        }
    }
}
