namespace DataInclusion.Host.Geocoding;

/// <summary>
/// The BAN geocoder of the IGN Géoplateforme (interop.md §5.1): <c>GEOCODER_URL</c> is its base (e.g.
/// <c>https://data.geopf.fr/geocodage/</c>), batches are POSTed to <c>search/csv/</c>. Unset: no geocoding.
/// Limits from configuration section <c>Geocoder</c>.
/// </summary>
internal sealed class GeocoderOptions
{
    public const string SectionName = "Geocoder";

    public const string UrlVariable = "GEOCODER_URL";

    /// <summary>Rows per request (<c>Geocoder__BatchSize</c>): data·inclusion's 20,000 keeps a file well under the BAN's 50 MB limit.</summary>
    public int BatchSize { get; set; } = 20_000;

    /// <summary>How long one batch may take (<c>Geocoder__Timeout</c>, data·inclusion's 180 s); past it the batch counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(180);
}
