using DataInclusion.GraphQL.Internal;

namespace DataInclusion.GraphQL.Http.PersistedQueries;

/// <summary>
/// The Automatic Persisted Queries store: in process, bounded (least recently used out). Losing it (a restart, an
/// eviction, another instance) costs one round trip: the client gets PersistedQueryNotFound and sends the text again.
/// </summary>
public sealed class MemoryPersistedQueryStore(int capacity) : IPersistedQueryLookup
{
    private readonly LruMap<string> _documents = new(capacity);

    public int Count => _documents.Count;

    public ValueTask<string?> FindAsync(string sha256Hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.TryGet(sha256Hash, out var text) ? text : null);

    /// <summary>Remembers a document whose hash the caller verified.</summary>
    public void Add(string sha256Hash, string text) => _documents.GetOrAdd(sha256Hash, text);
}
