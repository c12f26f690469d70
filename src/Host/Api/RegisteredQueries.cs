using System.Collections.Frozen;
using DataInclusion.GraphQL.Http.PersistedQueries;

namespace DataInclusion.Host.Api;

/// <summary>
/// The registered documents as the GraphQL endpoint sees them: a copy of <c>ops.persisted_queries</c> read again once
/// it is older than the refresh interval, so a request costs no round trip and an operator's change is live within it.
/// </summary>
internal sealed class RegisteredQueries(PersistedQueryStore store, TimeProvider time, TimeSpan refreshInterval) : IPersistedQueryLookup
{
    private readonly Lock _lock = new();
    private FrozenDictionary<string, string> _documents = FrozenDictionary<string, string>.Empty;
    private long _readAtTicks = long.MinValue; // UTC ticks, read and written atomically
    private Task? _reading;

    private bool IsStale => Volatile.Read(ref _readAtTicks) is var ticks && (ticks == long.MinValue || time.GetUtcNow().UtcTicks - ticks >= refreshInterval.Ticks);

    public async ValueTask<string?> FindAsync(string sha256Hash, CancellationToken cancellationToken)
    {
        if (IsStale)
        {
            // Requests arriving while the list is read wait for that one read.
            Task reading;
            lock (_lock)
            {
                if (_reading is null || _reading.IsCompleted)
                {
                    _reading = ReadAsync();
                }

                reading = _reading;
            }

            await reading.WaitAsync(cancellationToken);
        }

        return _documents.GetValueOrDefault(sha256Hash);
    }

    private async Task ReadAsync()
    {
        var list = await store.ListAsync(CancellationToken.None);
        _documents = list.ToFrozenDictionary(q => q.Hash, q => q.Document, StringComparer.Ordinal);
        Volatile.Write(ref _readAtTicks, time.GetUtcNow().UtcTicks);
    }
}
