using DataInclusion.GraphQL.Http;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Api;

/// <summary>
/// Whole GraphQL responses of identical requests (issue 8), bounded by their total bytes, least recently used out,
/// each kept at most <c>ttl</c>; emptied when a publication commits (<see cref="ResponseCacheInvalidation"/>) and
/// bypassed while nobody listens for publications. The key's partition is the caller's hidden sources, so two callers
/// who may see different rows never share an entry, and callers who see the same rows (anonymous or tokens without
/// grants) do.
/// </summary>
internal sealed class ResponseCache(long maxBytes, TimeSpan ttl, Func<HttpContext, ApiCaller> caller, TimeProvider time) : IGraphQLResponseCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;
    private long _version;
    private bool _listening;
    private long _hits;
    private long _misses;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Whether a publication would be heard now (entries are served and kept only then).</summary>
    public bool IsListening => Volatile.Read(ref _listening);

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

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public static string PartitionOf(ApiCaller caller) => "hidden:" + string.Join(',', caller.Visibility.Hidden.Order(StringComparer.Ordinal));

    public string? Partition(HttpContext context) => PartitionOf(caller(context));

    public byte[]? Get(string key, out long version)
    {
        lock (_lock)
        {
            version = _listening ? _version : -1;
            if (_entries.TryGetValue(key, out var node))
            {
                if (node.Value.Expires > time.GetUtcNow())
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    _hits++;
                    return node.Value.Body;
                }

                Remove(node);
            }

            _misses++;
            return null;
        }
    }

    public void Add(string key, byte[] body, long version)
    {
        if (body.Length > maxBytes)
        {
            return;
        }

        lock (_lock)
        {
            // Emptied since the request began (a publication committed meanwhile), or not listening: not kept.
            if (version != _version || !_listening)
            {
                return;
            }

            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            _entries[key] = _recency.AddFirst(new Entry(key, body, time.GetUtcNow() + ttl));
            _bytes += body.Length;
            while (_bytes > maxBytes && _recency.Last is { } oldest)
            {
                Remove(oldest);
            }
        }
    }

    /// <summary>Empties the cache: what it holds may no longer be what the marts hold.</summary>
    public void Clear() => Reset(_listening);

    /// <summary>The listener's state: entries are served and kept only while a publication would be heard.</summary>
    public void SetListening(bool listening) => Reset(listening);

    private void Reset(bool listening)
    {
        lock (_lock)
        {
            _version++;
            _listening = listening;
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= node.Value.Body.Length;
    }

    private sealed record Entry(string Key, byte[] Body, DateTimeOffset Expires);
}
