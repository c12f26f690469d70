namespace DataInclusion.Host.Producers;

/// <summary>
/// Counts refused tokens per client address in a sliding window, so guessing tokens (or probing other producers'
/// slugs) is throttled. Per instance: behind several instances a client gets at most that many tries on each.
/// </summary>
internal sealed class FailedAttemptLimiter(ProducerOptions options, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long <paramref name="client"/> must wait before its next attempt, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(client, out var failures) || Prune(failures) < options.MaxFailedAttempts)
            {
                return null;
            }

            return failures.Peek() + options.FailedAttemptWindow - time.GetUtcNow();
        }
    }

    public void RecordFailure(string client)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(client, out var failures))
            {
                // Bounded memory under a spray of addresses: forget clients whose failures all expired.
                if (_failures.Count > 10_000)
                {
                    foreach (var stale in _failures.Where(f => Prune(f.Value) == 0).Select(f => f.Key).ToList())
                    {
                        _failures.Remove(stale);
                    }
                }

                _failures[client] = failures = new Queue<DateTimeOffset>();
            }

            failures.Enqueue(time.GetUtcNow());
        }
    }

    private int Prune(Queue<DateTimeOffset> failures)
    {
        var oldest = time.GetUtcNow() - options.FailedAttemptWindow;
        while (failures.Count > 0 && failures.Peek() <= oldest)
        {
            failures.Dequeue();
        }

        return failures.Count;
    }
}
