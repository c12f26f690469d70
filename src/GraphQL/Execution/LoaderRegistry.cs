namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The request's loaders by name, the set of loaders that have keys waiting for a batch, and the number of the
/// request's synchronous segments running right now: a batch is dispatched only when none is, so every key a level
/// queues (from whichever thread its resolvers resumed on) lands in that level's batch.
/// </summary>
internal sealed class LoaderRegistry
{
    /// <summary>
    /// Marks the code of one request: the value flows with the execution context into every continuation the request's
    /// code awaits (ConfigureAwait(false) included), and the change handler sees each thread enter and leave it.
    /// </summary>
    private static readonly AsyncLocal<LoaderRegistry?> s_segment = new(OnSegmentChanged);

    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IPendingLoader> _pending = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _signal;
    private int _running;

    /// <summary>
    /// Created by the execution context in the executor's async frame just before the operation starts, so the
    /// operation's code and all its continuations run marked; the async frame restores its caller's context when it
    /// first yields, so the mark does not leak to the caller.
    /// </summary>
    public LoaderRegistry()
    {
        s_segment.Value = this;
    }

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"Loader \"{name}\" is already registered with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>Stops counting the calling code (the driver, which waits for the segments and must not wait for itself).</summary>
    public static void LeaveSegment()
    {
        if (s_segment.Value is not null)
        {
            s_segment.Value = null;
        }
    }

    public void MarkPending(IPendingLoader loader)
    {
        lock (_lock)
        {
            _pending.Add(loader);
        }

        SignalIfReady();
    }

    /// <summary>True when some loader has keys queued and none of the request's code is running.</summary>
    public bool IsReady
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0 && Volatile.Read(ref _running) == 0;
            }
        }
    }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>A task that completes when <see cref="IsReady"/> becomes true (immediately if it is).</summary>
    public Task WhenReadyAsync()
    {
        lock (_lock)
        {
            if (_pending.Count > 0 && Volatile.Read(ref _running) == 0)
            {
                return Task.CompletedTask;
            }

            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }

    /// <summary>
    /// Dispatches every loader with queued keys: one batch call each. The dispatch counts as running code: between two
    /// of the continuations it resumes nothing else runs, and another driver (a mutation field's) must not dispatch then.
    /// </summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IPendingLoader> pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
            Interlocked.Increment(ref _running);
        }

        try
        {
            foreach (var loader in pending)
            {
                await loader.DispatchAsync(cancellationToken);
            }
        }
        finally
        {
            if (Interlocked.Decrement(ref _running) == 0)
            {
                SignalIfReady();
            }
        }
    }

    private static void OnSegmentChanged(AsyncLocalValueChangedArgs<LoaderRegistry?> args)
    {
        if (ReferenceEquals(args.PreviousValue, args.CurrentValue))
        {
            return;
        }

        if (args.CurrentValue is { } entered)
        {
            Interlocked.Increment(ref entered._running);
        }

        if (args.PreviousValue is { } left && Interlocked.Decrement(ref left._running) == 0)
        {
            left.SignalIfReady();
        }
    }

    private void SignalIfReady()
    {
        TaskCompletionSource? signal = null;
        lock (_lock)
        {
            if (_signal is not null && _pending.Count > 0 && Volatile.Read(ref _running) == 0)
            {
                signal = _signal;
                _signal = null;
            }
        }

        signal?.TrySetResult();
    }
}
