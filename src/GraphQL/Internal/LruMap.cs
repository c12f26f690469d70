namespace DataInclusion.GraphQL.Internal;

/// <summary>A thread-safe map of string keys with a bounded count, evicting the least recently used entry.</summary>
internal sealed class LruMap<TValue>
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _entries;
    private readonly LinkedList<(string Key, TValue Value)> _recency = new();
    private readonly Lock _lock = new();

    public LruMap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _entries = new Dictionary<string, LinkedListNode<(string Key, TValue Value)>>(Math.Min(capacity, 4096), StringComparer.Ordinal);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds the entry unless the key is present; returns the value the map holds for the key afterwards.</summary>
    public TValue GetOrAdd(string key, TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var present))
            {
                return present.Value.Value;
            }

            _entries[key] = _recency.AddFirst((key, value));
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            return value;
        }
    }
}
