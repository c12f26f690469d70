namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>
/// The address fields a record publishes and where they come from (<see cref="Provenance"/>: <c>producteur</c>,
/// <c>geocodage</c> or <c>geocodage-commune</c>), as <see cref="GeocodingRules.Publish"/> chose them.
/// </summary>
public sealed record PublishedAddress(
    string? Adresse,
    string? CodePostal,
    string? Commune,
    string? CodeInsee,
    string? CodeArrondissement,
    double? Longitude,
    double? Latitude,
    string Provenance)
{
    public const string FromProducer = "producteur";
    public const string FromGeocoder = "geocodage";
    public const string FromGeocoderMunicipality = "geocodage-commune";
}
