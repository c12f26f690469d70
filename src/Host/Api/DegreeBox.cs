namespace DataInclusion.Host.Api;

/// <summary>
/// A longitude/latitude rectangle in degrees, for the SP-GiST index on <c>marts.geo_point(latitude, longitude)</c>
/// (migration 0125). <see cref="Around"/> returns rectangles that together hold every point within a great-circle
/// distance on earthdistance's sphere, so <c>earth_distance &lt;= r</c> after them finds exactly what it finds alone.
/// </summary>
internal readonly record struct DegreeBox(double West, double South, double East, double North)
{
    // earthdistance's earth(): the sphere its ll_to_earth and earth_distance use.
    public const double EarthRadiusKm = 6378.168;

    // Relative widening: a box a thousandth too wide costs a few more candidates, and keeps a point at the range's
    // edge in whatever rounding the trigonometry below or earth_distance does.
    private const double Widening = 1.001;

    /// <summary>One rectangle, or two when the range crosses the antimeridian (Futuna's communes lie 1.8° from it).</summary>
    public static IReadOnlyList<DegreeBox> Around(double latitude, double longitude, double distanceKm)
    {
        var angle = distanceKm / EarthRadiusKm * Widening;
        var centre = latitude * Math.PI / 180;
        var south = latitude - Degrees(angle);
        var north = latitude + Degrees(angle);
        if (south <= -90 || north >= 90)
        {
            // The range holds a pole: every longitude.
            return [new DegreeBox(-180, Math.Max(south, -90), 180, Math.Min(north, 90))];
        }

        // The widest longitude on a spherical cap of angular radius a around latitude φ is asin(sin a / cos φ) away
        // (a < 90° − |φ| here, so the ratio is below 1); a / cos φ, the flat approximation, is too narrow by up to 1 %.
        var halfWidth = Degrees(Math.Asin(Math.Min(1, Math.Sin(angle) / Math.Cos(centre))));
        var west = longitude - halfWidth;
        var east = longitude + halfWidth;
        if (halfWidth >= 180 || east - west >= 360)
        {
            return [new DegreeBox(-180, south, 180, north)];
        }

        return west < -180 ? [new DegreeBox(west + 360, south, 180, north), new DegreeBox(-180, south, east, north)]
            : east > 180 ? [new DegreeBox(west, south, 180, north), new DegreeBox(-180, south, east - 360, north)]
            : [new DegreeBox(west, south, east, north)];
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
