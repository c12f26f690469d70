using System.Globalization;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// Issue 8: the degree box that selects candidates from the point index (migration 0125) loses no service within range.
/// Services ring each centre every 5° of bearing, 0.1 km inside and 0.1 km outside the range, on earthdistance's sphere:
/// the widest longitude is reached off due east/west, where a flat box (Δlat / cos lat) is already too narrow. Centres:
/// metropolitan France, La Réunion (southern hemisphere), and Futuna, whose range crosses the antimeridian.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GeoRangeEdgeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const double EarthRadiusKm = 6378.168;

    private static readonly (string Name, double Latitude, double Longitude)[] Centres =
        [("paris", 48.0, 2.35), ("reunion", -21.0, 55.5), ("futuna", -14.2743, -178.1584)];

    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "edge--s", nom = "Structure", code_insee = "75056" });
        var services = new List<object>();
        foreach (var (name, latitude, longitude) in Centres)
        {
            foreach (var km in new[] { 50.0, 1000.0 })
            {
                for (var bearing = 0; bearing < 360; bearing += 5)
                {
                    services.Add(Service($"{name}-{km}-{bearing}-in", Destination(latitude, longitude, bearing, km - 0.1)));
                    services.Add(Service($"{name}-{km}-{bearing}-out", Destination(latitude, longitude, bearing, km + 0.1)));
                }
            }
        }

        await PortalMarts.InsertAsync(db, "marts.services", [.. services]);
        _dataSource = NpgsqlDataSource.Create(db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Theory]
    [InlineData("paris", 50.0)]
    [InlineData("paris", 1000.0)]
    [InlineData("reunion", 50.0)]
    [InlineData("reunion", 1000.0)]
    [InlineData("futuna", 50.0)]
    [InlineData("futuna", 1000.0)]
    public async Task EveryServiceJustInsideTheRange_IsFound_NoneJustOutside(string centre, double km)
    {
        var (_, latitude, longitude) = Centres.Single(c => c.Name == centre);

        var found = await SearchAsync(latitude, longitude, km);

        var ring = $"{centre}-{km.ToString(CultureInfo.InvariantCulture)}-";
        var expected = Enumerable.Range(0, 72).Select(i => $"{ring}{i * 5}-in").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found.Where(id => id.StartsWith(ring, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(found, id => id.EndsWith("-out", StringComparison.Ordinal) && id.StartsWith(ring, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GeoPointIndex_IsRebuiltAndAnalysedUnderAnEmptySearchPath()
    {
        // Autovacuum's ANALYZE and pg_restore evaluate index expressions with an empty search_path (why 0121 pinned
        // earth_point's): geo_point must not depend on it.
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SET search_path = ''; REINDEX INDEX marts.services_geo_idx; ANALYZE marts.services; "
            + "SELECT count(*) FROM marts.services WHERE marts.geo_point(latitude, longitude) <@ box(point(-180, -90), point(180, 90))",
            connection);

        Assert.Equal(Centres.Length * 2 * 72 * 2L, (long)(await command.ExecuteScalarAsync())!);
    }

    private async Task<List<string>> SearchAsync(double latitude, double longitude, double km)
    {
        var data = await MartsSchema.DataAsync(_schema, string.Create(CultureInfo.InvariantCulture,
            $"{{ searchServices(latitude: {latitude}, longitude: {longitude}, distanceKm: {km}, first: 1000) {{ edges {{ node {{ id }} }} }} }}"));
        return data.GetProperty("searchServices").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()!["edge--".Length..]).ToList();
    }

    private static object Service(string id, (double Latitude, double Longitude) point) => new
    {
        id = "edge--" + id,
        structure_id = "edge--s",
        nom = "Service " + id,
        description = "Un service.",
        latitude = point.Latitude,
        longitude = point.Longitude,
        modes_accueil = new[] { "en-presentiel" },
    };

    // The point `km` away along the great circle leaving (latitude, longitude) at `bearing` degrees from north.
    private static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearing, double km)
    {
        double φ = latitude * Math.PI / 180, λ = longitude * Math.PI / 180, θ = bearing * Math.PI / 180, δ = km / EarthRadiusKm;
        var φ2 = Math.Asin((Math.Sin(φ) * Math.Cos(δ)) + (Math.Cos(φ) * Math.Sin(δ) * Math.Cos(θ)));
        var λ2 = λ + Math.Atan2(Math.Sin(θ) * Math.Sin(δ) * Math.Cos(φ), Math.Cos(δ) - (Math.Sin(φ) * Math.Sin(φ2)));
        var longitude2 = λ2 * 180 / Math.PI;
        longitude2 = longitude2 > 180 ? longitude2 - 360 : longitude2 < -180 ? longitude2 + 360 : longitude2;
        return (φ2 * 180 / Math.PI, longitude2);
    }
}
