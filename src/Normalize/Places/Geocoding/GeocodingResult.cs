namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>
/// The BAN's answer for one row (the <c>result_*</c> columns of <c>/search/csv/</c>). <see cref="Status"/> is
/// <c>ok</c> when something was found, else <c>not-found</c> (or the geocoder's error word); the other fields are then null.
/// </summary>
/// <param name="Adresse"><c>result_name</c>: the street address without postcode and city.</param>
/// <param name="CodeInsee"><c>result_citycode</c>: may be a municipal arrondissement (751xx, 6938x, 132xx).</param>
public sealed record GeocodingResult(
    string Status,
    double? Score,
    string? Type,
    string? Label,
    string? Adresse,
    string? CodePostal,
    string? CodeInsee,
    string? Commune,
    double? Longitude,
    double? Latitude)
{
    public const string Ok = "ok";

    public static GeocodingResult NotFound { get; } = new("not-found", null, null, null, null, null, null, null, null, null);
}
