namespace DataInclusion.Host.Geocoding;

/// <summary>The geocoder answered, but not with a usable CSV (an error status, a body that is not its CSV).</summary>
internal sealed class GeocoderException(string message) : Exception(message);
