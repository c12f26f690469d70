using System.Text.Json.Nodes;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>After each publication, the structures of every source are clustered into <c>marts.structures.cluster_id</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteringTests(PostgresFixture postgres)
{
    // The demo feed's "rennes-tremplin" as a second producer describes it: fewer fields, same place.
    internal const string SamePlaceAsDemo = """
        [
          {"id": "tremplin", "nom": "Tremplin Emploi Rennes", "date_maj": "2025-06-01", "siret": "41234567000126", "commune": "Rennes",
           "code_postal": "35000", "code_insee": "35238", "adresse": "12 rue de la Santé", "telephone": "02 61 91 10 00",
           "longitude": -1.6884, "latitude": 48.1159},
          {"id": "solo", "nom": "Épicerie solidaire des Capucins", "date_maj": "2025-06-01", "code_insee": "29019", "commune": "Brest"}
        ]
        """;

    [Fact]
    public async Task TwoSourcesPublishingOnePlace_ShareAClusterId_KeptByARerun()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = SamePlaceAsDemo;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var demo = await ClusterOfAsync(harness.Db, "demo--rennes-tremplin");
        Assert.StartsWith("c-", demo, StringComparison.Ordinal);
        Assert.Equal(demo, await ClusterOfAsync(harness.Db, "test-feed--tremplin"));
        // The record with the higher quality score stands for the cluster (this one has services, the other none).
        Assert.Equal(["demo--rennes-tremplin"], await Sql.ColumnAsync(harness.Db,
            $"SELECT id FROM marts.structures WHERE cluster_id = '{demo}' AND meilleur_du_cluster"));

        var solo = await ClusterOfAsync(harness.Db, "test-feed--solo");
        Assert.NotEqual(demo, solo);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE cluster_id = '{solo}' AND meilleur_du_cluster"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures WHERE cluster_id IS NULL OR meilleur_du_cluster IS NULL"));

        // Republishing either source deletes and reinserts its rows: the ids come back from the last clustering's map (an
        // id given by an earlier run, not the one its members would get afresh, proves the map is what is read).
        await harness.ExecuteAsync($"UPDATE ops.structure_clusters SET cluster_id = 'c-earlier' WHERE cluster_id = '{demo}'");
        demo = "c-earlier";
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        Assert.Equal(demo, await ClusterOfAsync(harness.Db, "demo--rennes-tremplin"));
        Assert.Equal(demo, await ClusterOfAsync(harness.Db, "test-feed--tremplin"));
        Assert.Equal(solo, await ClusterOfAsync(harness.Db, "test-feed--solo"));
        Assert.Equal(4L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.clusterings WHERE error IS NULL"));
    }

    [Fact]
    public async Task BestRecord_IsTheHighestQualityScore_EvenWhenLessComplete()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = SamePlaceAsDemo;
        // The complete service of the quality tests (score 1.00), offered by the less complete record of the same place.
        var complete = JsonNode.Parse(QualityPublicationTests.ServicesJson)!.AsArray()[0]!;
        complete["structure_id"] = "tremplin";
        harness.Connector.ServicesJson = new JsonArray(complete.DeepClone()).ToJsonString();
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var demoScore = await Sql.ScalarAsync<double>(harness.Db, "SELECT score_qualite::float8 FROM marts.structures WHERE id = 'demo--rennes-tremplin'");
        Assert.Equal(1.0, await Sql.ScalarAsync<double>(harness.Db, "SELECT score_qualite::float8 FROM marts.structures WHERE id = 'test-feed--tremplin'"));
        Assert.True(demoScore < 1.0, $"the demo record already scores {demoScore}: this test cannot tell the rankings apart");
        var cluster = await ClusterOfAsync(harness.Db, "test-feed--tremplin");
        Assert.Equal(cluster, await ClusterOfAsync(harness.Db, "demo--rennes-tremplin"));
        Assert.Equal(["test-feed--tremplin"], await Sql.ColumnAsync(harness.Db,
            $"SELECT id FROM marts.structures WHERE cluster_id = '{cluster}' AND meilleur_du_cluster"));
    }

    [Fact]
    public async Task ClusteringFailure_IsRecorded_AndTheRunStaysPublished()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = SamePlaceAsDemo;
        // The clustering's write of its map fails (the publication itself reads the map, so it must stay readable).
        await harness.ExecuteAsync("""
            CREATE FUNCTION ops.refuse_clusters() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'structure_clusters refused'; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON ops.structure_clusters FOR EACH ROW EXECUTE FUNCTION ops.refuse_clusters();
            """);

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures"));
        Assert.Equal("succeeded", await Sql.ScalarAsync<string>(harness.Db, "SELECT status FROM ops.runs"));
        Assert.Contains("structure_clusters", await Sql.ScalarAsync<string>(harness.Db, "SELECT error FROM ops.clusterings"), StringComparison.Ordinal);

        // The next publication recomputes.
        await harness.ExecuteAsync("DROP TRIGGER refuse ON ops.structure_clusters");
        await harness.RunAsync();
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures WHERE cluster_id IS NULL"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.structure_clusters"));
    }

    [Fact]
    public async Task Publication_CarriesClusterIds_SoTheClusteringRewritesOnlyTheStructuresWhoseClusterChanged()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = SamePlaceAsDemo;
        var run = await harness.RunAsync();
        Assert.Equal(SourceRunStatus.Succeeded, run.Status);

        // The run's status is recorded in the publication's transaction: a row still written by that transaction was not
        // rewritten by the clustering that followed. "solo" stays alone with the id a singleton gets afresh; "tremplin"
        // joined the demo's record of the same place, so the clustering rewrote it.
        var publication = $"(SELECT xmin FROM ops.runs WHERE id = '{run.RunId}')";
        Assert.Equal(["test-feed--solo"], await Sql.ColumnAsync(harness.Db,
            $"SELECT id FROM marts.structures WHERE source = 'test-feed' AND xmin = {publication}"));
        Assert.Equal(Normalize.Dedup.ClusterIds.Fresh(["test-feed--solo"]), await ClusterOfAsync(harness.Db, "test-feed--solo"));
        Assert.Equal(await ClusterOfAsync(harness.Db, "demo--rennes-tremplin"), await ClusterOfAsync(harness.Db, "test-feed--tremplin"));

        // A republication of the same records keeps every cluster: neither it (the records are unchanged) nor the
        // clustering rewrites a row.
        const string Rows = "SELECT id || ' ' || xmin || ' ' || ctid || ' ' || cluster_id FROM marts.structures ORDER BY id";
        var before = await Sql.ColumnAsync(harness.Db, Rows);
        run = await harness.RunAsync();
        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        Assert.Equal(before, await Sql.ColumnAsync(harness.Db, Rows));
    }

    private static async Task<string> ClusterOfAsync(string db, string id) =>
        (await Sql.ColumnAsync(db, $"SELECT cluster_id FROM marts.structures WHERE id = '{id}'")).Single();
}
