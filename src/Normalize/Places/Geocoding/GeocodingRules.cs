namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>
/// data·inclusion's rules for using the BAN (data-inclusion.md §4): which answers are accepted, what is published
/// from them, and when a cached answer is asked again.
/// </summary>
public static class GeocodingRules
{
    /// <summary>An answer is used only above this score (strictly), and a cached one below it is asked again after <see cref="RetryLowScoresAfter"/>.</summary>
    public const double MinimumScore = 0.75;

    public static TimeSpan RetryLowScoresAfter { get; } = TimeSpan.FromDays(7);

    /// <summary>Score above 0.75, a place with coordinates and a commune code, and no bare <c>municipality</c> for a street address.</summary>
    public static GeocodingUse Decide(GeocodingQuery query, GeocodingResult? result)
    {
        if (result is not { Status: GeocodingResult.Ok, Score: > MinimumScore, Longitude: not null, Latitude: not null }
            || !CodeInsee.IsValid(result.CodeInsee))
        {
            return GeocodingUse.None;
        }

        if (result.Type == "municipality")
        {
            return query.IsStreetAddress ? GeocodingUse.None : GeocodingUse.Municipality;
        }

        return GeocodingUse.Address;
    }

    /// <summary>
    /// Whether a cached answer must be asked again: none yet (a new or changed input has a new key), a failed attempt,
    /// or a score of 0.75 or less (not-found included) older than a week.
    /// </summary>
    public static bool NeedsGeocoding(CachedGeocode? cached, DateTimeOffset now) => cached switch
    {
        null => true,
        { Result: null } => true,
        { Result.Score: > MinimumScore } => false,
        _ => now - cached.GeocodedAt >= RetryLowScoresAfter,
    };

    /// <summary>
    /// What to publish: the geocoder's place when <paramref name="use"/> says so (keeping the producer's address line for
    /// a commune-level answer), else the producer's values. An arrondissement citycode becomes its commune and is kept apart.
    /// </summary>
    public static PublishedAddress Publish(PublishedAddress producer, GeocodingResult? result, GeocodingUse use)
    {
        if (use == GeocodingUse.None || result is null)
        {
            return producer with { Provenance = PublishedAddress.FromProducer };
        }

        var place = Cog.Locate(result.CodeInsee);
        return new PublishedAddress(
            use == GeocodingUse.Address ? result.Adresse ?? producer.Adresse : producer.Adresse,
            result.CodePostal ?? producer.CodePostal,
            result.Commune ?? producer.Commune,
            place.CodeCommune,
            place.CodeArrondissement ?? (place.CodeCommune == producer.CodeInsee ? producer.CodeArrondissement : null),
            result.Longitude,
            result.Latitude,
            use == GeocodingUse.Address ? PublishedAddress.FromGeocoder : PublishedAddress.FromGeocoderMunicipality);
    }
}
