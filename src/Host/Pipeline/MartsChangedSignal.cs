namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Tells this process's readers, synchronously, that a run has changed the marts (or the runs' record), before the
/// run returns: the API's response cache is emptied then, so a client that triggered or awaited a run and queries at
/// once never gets the previous answer. Other processes hear of it through the marts' NOTIFY (migration 0180), which
/// arrives a moment after the commit.
/// </summary>
internal sealed class MartsChangedSignal
{
    private readonly Lock _lock = new();
    private Action[] _handlers = [];

    /// <summary>Calls <paramref name="handler"/> at each change until the returned subscription is disposed.</summary>
    public IDisposable Subscribe(Action handler)
    {
        lock (_lock)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    /// <summary>The marts changed: every subscriber runs now, on the caller's thread.</summary>
    public void Raise()
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            handler();
        }
    }

    private void Unsubscribe(Action handler)
    {
        lock (_lock)
        {
            _handlers = _handlers.Where(h => h != handler).ToArray();
        }
    }

    private sealed class Subscription(MartsChangedSignal signal, Action handler) : IDisposable
    {
        public void Dispose() => signal.Unsubscribe(handler);
    }
}
