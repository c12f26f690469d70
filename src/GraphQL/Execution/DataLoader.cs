namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Batches and caches loads for one request. <see cref="LoadAsync"/> queues a key; the executor dispatches every
/// queued key in a single batch call once none of the request's code is running any more (only waiting), so a level's
/// keys share one batch even when its resolvers resume on several threads.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IPendingLoader
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly LoaderRegistry _registry;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];
    private readonly Lock _lock = new();

    internal DataLoader(BatchLoadFunction<TKey, TValue> batch, LoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>Number of batch calls made so far (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Continuations run inline when the batch completes, so the next level queues its keys before the next dispatch.
            var completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion.Task;
            first = _queue.Count == 0;
            _queue.Add((key, completion));
            task = completion.Task;
        }

        if (first)
        {
            _registry.MarkPending(this);
        }

        return task;
    }

    async Task IPendingLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> queue;
        lock (_lock)
        {
            queue = _queue;
            _queue = [];
        }

        if (queue.Count == 0)
        {
            return;
        }

        BatchCount++;
        IReadOnlyDictionary<TKey, TValue> results;
        try
        {
            results = await _batch(queue.ConvertAll(q => q.Key), cancellationToken);
        }
        catch (Exception exception)
        {
            foreach (var (_, completion) in queue)
            {
                completion.TrySetException(exception);
            }

            return;
        }

        foreach (var (key, completion) in queue)
        {
            completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
        }
    }
}
