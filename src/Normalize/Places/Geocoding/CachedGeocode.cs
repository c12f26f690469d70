namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>A cached answer for a cleaned input: the result, or null when the attempt failed (error, missing row).</summary>
public sealed record CachedGeocode(GeocodingResult? Result, DateTimeOffset GeocodedAt);
