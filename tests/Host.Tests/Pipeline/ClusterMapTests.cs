using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// The clustering writes only what changed in its map (<c>ops.structure_clusters</c>): it was deleted and copied whole
/// after every publication (98,000 rows and as many dead ones on the national benchmark) although a republication of
/// unchanged records changes no cluster.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterMapTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Republication_RewritesOnlyTheMapRowsWhoseClusterChanged_AndDropsTheUnpublished()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = Solo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var alone = await MapAsync(harness.Db);
        Assert.Equal(13, alone.Count);

        // "tremplin" joins the demo's record of its place (which stays its best record): its row is the only one written.
        harness.Connector.StructuresJson = ClusteringTests.SamePlaceAsDemo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var joined = await MapAsync(harness.Db);
        Assert.Equal(alone, joined.Where(r => r.Key != "test-feed--tremplin"));
        Assert.StartsWith(joined["demo--rennes-tremplin"].Split(' ')[0] + " false ", joined["test-feed--tremplin"], StringComparison.Ordinal);

        // The same records again: no cluster changes, no map row is written.
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(joined, await MapAsync(harness.Db));

        // "tremplin" is no longer published: its row goes, the others stay as they were written.
        harness.Connector.StructuresJson = Solo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(alone, await MapAsync(harness.Db));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, """
            SELECT count(*) FROM marts.structures s FULL JOIN ops.structure_clusters c ON c.structure_id = s.id
            WHERE (s.cluster_id, s.meilleur_du_cluster) IS DISTINCT FROM (c.cluster_id, c.meilleur_du_cluster)
            """));
    }

    private const string Solo = """
        [{"id": "solo", "nom": "Épicerie solidaire des Capucins", "date_maj": "2025-06-01", "code_insee": "29019", "commune": "Brest"}]
        """;

    // Each map row with its cluster and the transaction that last wrote it.
    private static async Task<SortedDictionary<string, string>> MapAsync(string db) =>
        new((await Sql.ColumnAsync(db, "SELECT structure_id || ' ' || cluster_id || ' ' || meilleur_du_cluster || ' ' || xmin FROM ops.structure_clusters"))
            .Select(row => row.Split(' ', 2)).ToDictionary(p => p[0], p => p[1]), StringComparer.Ordinal);
}
