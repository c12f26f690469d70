using DataInclusion.Host.Geocoding;
using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>The dedup command's cache keeps the rule of <c>ops.geocodages</c>: a failure never erases an answer.</summary>
public sealed class MemoryGeocodingCacheTests
{
    private static readonly DateTimeOffset s_at = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly GeocodingResult s_found = new(GeocodingResult.Ok, 0.93, "housenumber", "12 Rue de la Paix", "12 Rue de la Paix", "35000", "35238", "Rennes", -1.6781, 48.1117);

    [Fact]
    public async Task AFailedAttempt_DoesNotReplaceAnAnswer_ButAFreshAnswerReplacesAFailure()
    {
        var cache = new MemoryGeocodingCache();
        await cache.SaveAsync([("a", new CachedGeocode(s_found, s_at)), ("b", new CachedGeocode(null, s_at))], CancellationToken.None);

        await cache.SaveAsync([("a", new CachedGeocode(null, s_at.AddDays(1))), ("b", new CachedGeocode(s_found, s_at.AddDays(1)))], CancellationToken.None);

        var loaded = await cache.LoadAsync(["a", "b", "c"], CancellationToken.None);
        Assert.Equal(s_at, loaded["a"].GeocodedAt);
        Assert.Same(s_found, loaded["a"].Result);
        Assert.Same(s_found, loaded["b"].Result);
        Assert.False(loaded.ContainsKey("c"));
    }
}
