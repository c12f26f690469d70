using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize.Dedup;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// A clustering whose inputs are the last clustering's is skipped (issue 8: an identical republication clustered the
/// national structures again for ≈ 4 s to find the same answer), and any change of what it reads still clusters again:
/// a structure changed or removed in any source, a new source, another clusterer.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteringSkipTests(PostgresFixture postgres)
{
    // "tremplin" of ClusteringTests.SamePlaceAsDemo moved away from the demo's record: another place, name and phone.
    private const string TremplinElsewhere = """
        [
          {"id": "tremplin", "nom": "Garage solidaire du Blosne", "date_maj": "2025-06-01", "commune": "Rennes",
           "code_postal": "35200", "code_insee": "35238", "adresse": "5 boulevard de Yougoslavie"},
          {"id": "solo", "nom": "Épicerie solidaire des Capucins", "date_maj": "2025-06-01", "code_insee": "29019", "commune": "Brest"}
        ]
        """;

    private const string Solo = """
        [{"id": "solo", "nom": "Épicerie solidaire des Capucins", "date_maj": "2025-06-01", "code_insee": "29019", "commune": "Brest"}]
        """;

    // Every mart row and map row with the transaction that last wrote it.
    private const string Rows = """
        SELECT 'mart ' || id || ' ' || xmin || ' ' || ctid || ' ' || cluster_id || ' ' || meilleur_du_cluster FROM marts.structures
        UNION ALL SELECT 'map ' || structure_id || ' ' || xmin || ' ' || cluster_id FROM ops.structure_clusters ORDER BY 1
        """;

    [Fact]
    public async Task IdenticalRepublication_IsNotClusteredAgain_AndWritesNoClusterId()
    {
        var harness = await TwoSourcesAsync();
        var before = await Sql.ColumnAsync(harness.Db, Rows);

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);

        Assert.Equal(["false", "false", "true", "true"], await SkippedAsync(harness.Db));
        Assert.Equal(before, await Sql.ColumnAsync(harness.Db, Rows));

        // The skipped clustering reports the last clustering's answer, which the run's timeline shows as unchanged.
        var outcome = await new StructureClustering(NpgsqlDataSource.Create(harness.Db)).RefreshAsync(null, CancellationToken.None);
        Assert.Equal(new StructureClustering.Outcome(14, 13, 1, Unchanged: true), outcome);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(harness.Db,
            "SELECT count(DISTINCT (structures, clusters, cross_source, inputs)) FROM ops.clusterings WHERE id > 1"));
    }

    [Fact]
    public async Task OneChangedStructure_IsClusteredAgain()
    {
        var harness = await TwoSourcesAsync();
        harness.Connector.StructuresJson = TremplinElsewhere;

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal(["false", "false", "false"], await SkippedAsync(harness.Db));
        Assert.NotEqual(await ClusterOfAsync(harness.Db, "demo--rennes-tremplin"), await ClusterOfAsync(harness.Db, "test-feed--tremplin"));
    }

    [Fact]
    public async Task RemovedStructure_IsClusteredAgain()
    {
        var harness = await TwoSourcesAsync();
        harness.Connector.StructuresJson = Solo;

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal(["false", "false", "false"], await SkippedAsync(harness.Db));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.structure_clusters WHERE structure_id = 'test-feed--tremplin'"));
    }

    [Fact]
    public async Task NewSource_IsClusteredAgain_RewritingOnlyTheRowsWhoseClusterChanged()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        const string DemoRows = "SELECT id || ' ' || xmin || ' ' || cluster_id FROM marts.structures WHERE source = 'demo' ORDER BY id";
        var demo = await Sql.ColumnAsync(harness.Db, DemoRows);

        harness.Connector.StructuresJson = ClusteringTests.SamePlaceAsDemo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal(["false", "true", "false"], await SkippedAsync(harness.Db));
        Assert.Equal(await ClusterOfAsync(harness.Db, "demo--rennes-tremplin"), await ClusterOfAsync(harness.Db, "test-feed--tremplin"));
        // The demo's record stays the best of the cluster "tremplin" joined: none of the demo's rows is written again.
        Assert.Equal(demo, await Sql.ColumnAsync(harness.Db, DemoRows));
    }

    [Fact]
    public async Task AnotherClustererCode_ClustersAgain_Once()
    {
        var harness = await TwoSourcesAsync();
        var dataSource = NpgsqlDataSource.Create(harness.Db);
        var other = new StructureClustering(dataSource, new StructureClusterer(), TimeProvider.System, "another build");

        Assert.False((await other.RefreshAsync(null, CancellationToken.None)).Unchanged);
        Assert.True((await other.RefreshAsync(null, CancellationToken.None)).Unchanged);
        Assert.False((await new StructureClustering(dataSource).RefreshAsync(null, CancellationToken.None)).Unchanged);
    }

    [Fact]
    public async Task ClusterIdChangedOutsideTheClustering_IsClusteredAgain()
    {
        var harness = await TwoSourcesAsync();
        await harness.ExecuteAsync("UPDATE marts.structures SET cluster_id = 'c-stray' WHERE id = 'test-feed--solo'");

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal(["false", "false", "false"], await SkippedAsync(harness.Db));
        Assert.Equal(ClusterIds.Fresh(["test-feed--solo"]), await ClusterOfAsync(harness.Db, "test-feed--solo"));
    }

    // The demo feed, then the test feed describing one of its places: two clusterings that both cluster.
    private async Task<RunnerHarness> TwoSourcesAsync()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = ClusteringTests.SamePlaceAsDemo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        return harness;
    }

    private static Task<List<string>> SkippedAsync(string db) => Sql.ColumnAsync(db, "SELECT skipped::text FROM ops.clusterings ORDER BY id");

    private static async Task<string> ClusterOfAsync(string db, string id) =>
        (await Sql.ColumnAsync(db, $"SELECT cluster_id FROM marts.structures WHERE id = '{id}'")).Single();
}
