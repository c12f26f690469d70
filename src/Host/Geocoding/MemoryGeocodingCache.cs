using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// The geocoding cache of one process (the <c>dedup</c> command): an input seen in several batches or files is sent
/// once, and the same rules as <see cref="PostgresGeocodingCache"/> decide what a new attempt may replace. Nothing
/// outlives the process; the step is not concurrent, but a lock keeps the cache safe if it ever is.
/// </summary>
internal sealed class MemoryGeocodingCache : IGeocodingCache
{
    private readonly Dictionary<string, CachedGeocode> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<Dictionary<string, CachedGeocode>> LoadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CachedGeocode>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_entries.TryGetValue(key, out var geocode))
                {
                    found[key] = geocode;
                }
            }
        }

        return Task.FromResult(found);
    }

    public Task SaveAsync(IReadOnlyList<(string Key, CachedGeocode Geocode)> entries, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var (key, geocode) in entries)
            {
                // As ops.geocodages' upsert: a failure (null result) only replaces nothing or another failure.
                if (geocode.Result is not null || !_entries.TryGetValue(key, out var cached) || cached.Result is null)
                {
                    _entries[key] = geocode;
                }
            }
        }

        return Task.CompletedTask;
    }
}
