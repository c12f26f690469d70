namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>What the geocoder's answer is used for, by <see cref="GeocodingRules.Decide"/>.</summary>
public enum GeocodingUse
{
    /// <summary>Not used: nothing found, score ≤ 0.75, or a bare commune for a street address. The producer's values are published.</summary>
    None,

    /// <summary>An address-level answer: its street address, postcode, commune, code and coordinates are published.</summary>
    Address,

    /// <summary>A commune-level answer for an address that is no street (empty, a village centre, the commune's name): its place is published, the producer's address line kept.</summary>
    Municipality,
}
