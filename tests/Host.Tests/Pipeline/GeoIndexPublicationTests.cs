using System.Globalization;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, "no record can break a run": the SP-GiST quad tree on the marts' coordinates (migration 0125) raised
/// "getQuadrant: impossible case" for a point about 1e-6 from a node's centroid (its fuzzy comparisons leave gaps in
/// floating point), which rolled back a national publication. Migration 0185 indexes the points with a k-d tree.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GeoIndexPublicationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task StructureOneMillionthOfADegreeFromTheIndexCentroid_IsPublishedWithTheOthers()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        // 600 structures on the meridian 1.0 (a page split puts the centroid's longitude at exactly 1.0, whether it
        // is a mean or a median), then five whose longitude 0.999999 falls in the comparisons' gap.
        var onMeridian = Enumerable.Range(1, 600).Select(i => Structure($"m{i}", 1.0, 44.0 + (i * 0.001)));
        var inTheGap = Enumerable.Range(1, 5).Select(i => Structure($"g{i}", 0.999999, 44.1 + (i * 0.01)));
        harness.Connector.StructuresJson = "[" + string.Join(",", onMeridian.Concat(inTheGap)) + "]";

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(605, result.Counts.Published);
        Assert.Equal(5L, await Sql.ScalarAsync<long>(harness.Db,
            "SELECT count(*) FROM marts.structures WHERE marts.geo_point(latitude, longitude) <@ box(point(0.9999985, 44), point(0.9999995, 45))"));
    }

    private static string Structure(string id, double longitude, double latitude) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"id": "{{id}}", "nom": "Structure {{id}}", "date_maj": "2025-03-01", "code_insee": "44109", "longitude": {{longitude:R}}, "latitude": {{latitude:R}}}""");
}
