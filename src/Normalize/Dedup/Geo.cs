namespace DataInclusion.Normalize.Dedup;

/// <summary>Great-circle distances and the grid cells used to block records by proximity.</summary>
internal static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Cell size in degrees of latitude (~1.1 km); longitude cells are the same angle, narrower in the north.</summary>
    public const double CellDegrees = 0.01;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = DegreesToRadians(lat2 - lat1);
        var dLon = DegreesToRadians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(DegreesToRadians(lat1)) * Math.Cos(DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static (int Row, int Column) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
