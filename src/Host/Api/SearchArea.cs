namespace DataInclusion.Host.Api;

/// <summary>
/// Where a search is centred, as a door receives it: a commune (its centre, and the eligibility zones it belongs to)
/// and/or a point (latitude and longitude, both or neither; with a commune the point replaces its centre, as in
/// data·inclusion's <c>/search/services</c>), and the radius in km (default 50).
/// </summary>
internal sealed record SearchArea(string? CodeCommune = null, double? Latitude = null, double? Longitude = null, double DistanceKm = SearchArea.DefaultDistanceKm)
{
    public const double DefaultDistanceKm = 50;

    public bool IsSet => CodeCommune is not null || Latitude is not null || Longitude is not null;
}

/// <summary>
/// A resolved <see cref="SearchArea"/>: the centre, the radius, and the <c>zone_eligibilite</c> codes a service must
/// name to be open to the commune (its code, its département, its EPCI when known, <c>france</c> and <c>99100</c>);
/// null zones when only a point was given (no commune to be eligible in, so eligibility is not checked).
/// </summary>
internal sealed record SearchOrigin(double Latitude, double Longitude, double DistanceKm, IReadOnlyList<string>? Zones);
