namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>
/// A cleaned address as sent to the BAN geocoder (data-inclusion.md §4). <see cref="Key"/> identifies it in the
/// geocoding cache: the same cleaned input is geocoded once, whichever record or source carries it.
/// </summary>
/// <param name="CodeInsee">The <c>citycode</c> filter: a commune or, for Paris/Lyon/Marseille, an arrondissement code (BAN's citycodes there).</param>
/// <param name="IsStreetAddress">Whether <see cref="Adresse"/> names a street place, so a bare <c>municipality</c> result does not locate it.</param>
public sealed record GeocodingQuery(string? Adresse, string? CodePostal, string? CodeInsee, string? Commune, bool IsStreetAddress)
{
    public string Key => string.Join('|', Adresse, CodePostal, CodeInsee, Commune);
}
