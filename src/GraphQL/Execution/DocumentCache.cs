using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// A bounded, least-recently-used cache of <see cref="PreparedDocument"/>s for one schema and one set of limits, keyed
/// by the document text: a repeated query skips lexing, parsing and validation. Invalid documents are cached too, so
/// they keep their errors without being parsed again. Thread-safe.
/// </summary>
public sealed class DocumentCache(Schema schema, ExecutionOptions options, int capacity)
{
    private readonly LruMap<PreparedDocument> _entries = new(capacity);
    private long _hits;
    private long _misses;

    public Schema Schema => schema;

    /// <summary>Requests answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests that parsed and validated their document.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public int Count => _entries.Count;

    public PreparedDocument Get(string text)
    {
        if (_entries.TryGet(text, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        // Prepared outside the lock: two threads missing the same text at once both parse it, and the first stored wins.
        Interlocked.Increment(ref _misses);
        return _entries.GetOrAdd(text, PreparedDocument.Prepare(schema, text, options));
    }
}
