namespace DataInclusion.GraphQL.Execution;

/// <summary>The request's loaders by name, and the set of loaders that have keys waiting for a batch.</summary>
internal sealed class LoaderRegistry
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IPendingLoader> _pending = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _signal;

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

    public void MarkPending(IPendingLoader loader)
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            _pending.Add(loader);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>A task that completes when some loader has keys queued (immediately if one already has).</summary>
    public Task WhenPendingAsync()
    {
        lock (_lock)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
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

    /// <summary>Dispatches every loader with queued keys: one batch call each.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IPendingLoader> pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var loader in pending)
        {
            await loader.DispatchAsync(cancellationToken);
        }
    }
}
