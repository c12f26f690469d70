using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>Issue 9 §4: quality scores, their breakdown and the scoreQualiteMinimum filters in GraphQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QualityApiTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        // s1: a complete service (1.00) and a minimal one (0.14), mean 0.57; s2: no service.
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        harness.Connector.ServicesJson = QualityPublicationTests.ServicesJson;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        _dataSource = NpgsqlDataSource.Create(harness.Db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Services_ExposeTheirScoreAndTheBreakdownOfApplicableCriteria()
    {
        var data = await ExecuteAsync("{ services { edges { node { id scoreQualite criteresQualite { nom score } } } } }");

        var nodes = data.GetProperty("services").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(1, nodes[0].GetProperty("scoreQualite").GetDouble());
        Assert.Equal(10, nodes[0].GetProperty("criteresQualite").GetArrayLength());
        Assert.Equal(0.14, nodes[1].GetProperty("scoreQualite").GetDouble());
        var minimal = nodes[1].GetProperty("criteresQualite").EnumerateArray().ToDictionary(c => c.GetProperty("nom").GetString()!, c => c.GetProperty("score").GetDouble());
        Assert.Equal(7, minimal.Count);
        Assert.Equal(1, minimal["date_maj_recente"]);
        Assert.Equal(0, minimal["description_bien_definie"]);
        Assert.DoesNotContain("telephone_bien_defini", minimal.Keys);
    }

    [Fact]
    public async Task Structures_ExposeTheMeanOfTheirServicesOrNull()
    {
        var data = await ExecuteAsync("""{ s1: structure(id: "test-feed--s1") { scoreQualite services { scoreQualite } } s2: structure(id: "test-feed--s2") { scoreQualite } }""");

        Assert.Equal(0.57, data.GetProperty("s1").GetProperty("scoreQualite").GetDouble());
        Assert.Equal(2, data.GetProperty("s1").GetProperty("services").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("s2").GetProperty("scoreQualite").ValueKind);
    }

    [Fact]
    public async Task ScoreQualiteMinimum_KeepsOnlyScoresAtOrAboveIt()
    {
        var data = await ExecuteAsync("""
            {
              services(scoreQualiteMinimum: 0.5) { totalCount edges { node { id } } }
              atMinimal: services(scoreQualiteMinimum: 0.14) { totalCount }
              structures(scoreQualiteMinimum: 0.57) { totalCount edges { node { id } } }
              above: structures(scoreQualiteMinimum: 0.58) { totalCount }
              huge: services(scoreQualiteMinimum: 1e300) { totalCount }
            }
            """);

        Assert.Equal("test-feed--complet", Assert.Single(data.GetProperty("services").GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(2, data.GetProperty("atMinimal").GetProperty("totalCount").GetInt32());
        Assert.Equal("test-feed--s1", Assert.Single(data.GetProperty("structures").GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(0, data.GetProperty("above").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("huge").GetProperty("totalCount").GetInt32());
    }

    private Task<JsonElement> ExecuteAsync(string query) => MartsSchema.DataAsync(_schema, query);
}
