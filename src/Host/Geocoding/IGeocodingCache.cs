using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// Where <see cref="GeocodingStep"/> keeps the geocoder's answers, keyed by the cleaned input
/// (<see cref="GeocodingQuery.Key"/>): <see cref="PostgresGeocodingCache"/> for the pipeline, across runs;
/// <see cref="MemoryGeocodingCache"/> for the <c>dedup</c> command, which has no database, for one invocation.
/// </summary>
internal interface IGeocodingCache
{
    /// <summary>The cached answers among <paramref name="keys"/> (a failed attempt is an entry with a null result).</summary>
    Task<Dictionary<string, CachedGeocode>> LoadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Stores fresh answers. A failed attempt never replaces an answer already cached: it would only lose it (a stale
    /// low score is asked again next time anyway).
    /// </summary>
    Task SaveAsync(IReadOnlyList<(string Key, CachedGeocode Geocode)> entries, CancellationToken cancellationToken);
}
