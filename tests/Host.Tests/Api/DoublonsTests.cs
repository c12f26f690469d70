using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>Duplicates through the API: the demo feed plus a second source describing one of its places.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DoublonsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private string _db = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        harness.Connector.StructuresJson = ClusteringTests.SamePlaceAsDemo;
        harness.Connector.ServicesJson = """
            [{"id": "sv", "structure_id": "tremplin", "nom": "Chantier d'insertion", "date_maj": "2025-06-01",
              "description": "Chantier de second œuvre pour les salariés en parcours d'insertion."}]
            """;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        _db = harness.Db;
        _dataSource = NpgsqlDataSource.Create(_db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Structure_ListsTheOtherMembersOfItsCluster()
    {
        var data = await ExecuteAsync("""
            {
              dup: structure(id: "test-feed--tremplin") { clusterId meilleurDuCluster doublons { id source meilleurDuCluster } }
              solo: structure(id: "test-feed--solo") { clusterId doublons { id } }
            }
            """);

        var dup = data.GetProperty("dup");
        Assert.False(dup.GetProperty("meilleurDuCluster").GetBoolean());
        var other = Assert.Single(dup.GetProperty("doublons").EnumerateArray());
        Assert.Equal("demo--rennes-tremplin", other.GetProperty("id").GetString());
        Assert.True(other.GetProperty("meilleurDuCluster").GetBoolean());
        Assert.Equal(0, data.GetProperty("solo").GetProperty("doublons").GetArrayLength());
        Assert.NotEqual(dup.GetProperty("clusterId").GetString(), data.GetProperty("solo").GetProperty("clusterId").GetString());
    }

    [Fact]
    public async Task ExclureDoublons_KeepsOnlyEachClustersBestRecord_AndItsServices()
    {
        var data = await ExecuteAsync("""
            {
              all: structures(first: 1000) { totalCount }
              best: structures(first: 1000, exclureDoublons: true) { totalCount edges { node { id } } }
              allServices: services(first: 1000, source: ["test-feed"]) { totalCount }
              bestServices: services(first: 1000, source: ["test-feed"], exclureDoublons: true) { totalCount }
            }
            """);

        var best = data.GetProperty("best").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32() - 1, data.GetProperty("best").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("test-feed--tremplin", best);
        Assert.Contains("demo--rennes-tremplin", best);
        Assert.Contains("test-feed--solo", best);
        Assert.Equal(1, data.GetProperty("allServices").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("bestServices").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Doublons_AreLoadedInOneQueryPerLevel_NotOnePerParent()
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string sql)
                {
                    statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var data = await ExecuteAsync("{ structures(first: 50) { edges { node { id doublons { id doublons { id } } } } } }");

        var nodes = data.GetProperty("structures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.True(nodes.Count >= 10);
        var tremplin = nodes.Single(n => n.GetProperty("id").GetString() == "test-feed--tremplin");
        Assert.Equal("test-feed--tremplin", tremplin.GetProperty("doublons")[0].GetProperty("doublons")[0].GetProperty("id").GetString());
        // One page and one batch of doublons for every structure; the next level asks for clusters that batch already read.
        Assert.True(statements.Count == 2, string.Join("\n", statements));
    }

    private Task<JsonElement> ExecuteAsync(string query) => MartsSchema.DataAsync(_schema, query);
}
