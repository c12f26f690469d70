using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// A bounded, least-recently-used cache of <see cref="PreparedDocument"/>s for one schema and one set of limits, keyed
/// by the document text: a repeated query skips lexing, parsing and validation. Invalid documents are cached too, so
/// they keep their errors without being parsed again. Thread-safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly Schema _schema;
    private readonly ExecutionOptions _options;
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Text, PreparedDocument Document)>> _entries;
    private readonly LinkedList<(string Text, PreparedDocument Document)> _recency = new();
    private readonly Lock _lock = new();
    private long _hits;
    private long _misses;

    public DocumentCache(Schema schema, ExecutionOptions options, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _schema = schema;
        _options = options;
        _capacity = capacity;
        _entries = new Dictionary<string, LinkedListNode<(string Text, PreparedDocument Document)>>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Requests answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests that parsed and validated their document.</summary>
    public long Misses => Interlocked.Read(ref _misses);

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

    public PreparedDocument Get(string text)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value.Document;
            }
        }

        // Parsed outside the lock: two threads missing the same text at once both parse it, and the first one stored wins.
        Interlocked.Increment(ref _misses);
        var prepared = PreparedDocument.Prepare(_schema, text, _options);
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var raced))
            {
                return raced.Value.Document;
            }

            _entries[text] = _recency.AddFirst((text, prepared));
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Text);
                _recency.RemoveLast();
            }
        }

        return prepared;
    }
}
