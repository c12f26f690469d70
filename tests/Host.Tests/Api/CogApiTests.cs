using System.Text.Json;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>Issue 9 §1 and §4: codeDepartement, codeRegion, codeEpci and codeArrondissement, filled from the COG during normalisation.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CogApiTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string StructuresJson = """
        [
          {"id": "rennes", "nom": "Rennes", "date_maj": "2025-03-01", "code_insee": "35238"},
          {"id": "paris12", "nom": "Paris 12e", "date_maj": "2025-03-01", "code_insee": "75112"},
          {"id": "spm", "nom": "Saint-Pierre", "date_maj": "2025-03-01", "code_insee": "97502"},
          {"id": "nulle-part", "nom": "Sans commune", "date_maj": "2025-03-01"}
        ]
        """;

    private const string ServicesJson = """
        [{"id": "ajaccio", "structure_id": "rennes", "nom": "Service en Corse", "description": "Un service à Ajaccio", "date_maj": "2025-03-01", "code_insee": "2A004"}]
        """;

    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = StructuresJson;
        harness.Connector.ServicesJson = ServicesJson;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        _dataSource = NpgsqlDataSource.Create(harness.Db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Structures_ExposeTheirDepartementRegionEpciAndArrondissement()
    {
        var data = await MartsSchema.DataAsync(_schema,
            "{ structures { edges { node { id codeInsee codeDepartement codeRegion codeEpci codeArrondissement } } } }");

        var nodes = data.GetProperty("structures").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).ToDictionary(n => n.GetProperty("id").GetString()!, Codes);
        Assert.Equal("35238|35|53|243500139|", nodes["test-feed--rennes"]);
        Assert.Equal("75056|75|11|200054781|75112", nodes["test-feed--paris12"]); // the producer's arrondissement is kept
        Assert.Equal("97502|975|||", nodes["test-feed--spm"]); // an overseas collectivity: no région, no EPCI
        Assert.Equal("||||", nodes["test-feed--nulle-part"]);
    }

    [Fact]
    public async Task Services_ExposeTheirCogCodes()
    {
        var data = await MartsSchema.DataAsync(_schema,
            """{ service(id: "test-feed--ajaccio") { codeInsee codeDepartement codeRegion codeEpci codeArrondissement } }""");

        Assert.Equal("2A004|2A|94|242010056|", Codes(data.GetProperty("service")));
    }

    private static string Codes(JsonElement node) => string.Join('|',
        new[] { "codeInsee", "codeDepartement", "codeRegion", "codeEpci", "codeArrondissement" }.Select(f => node.GetProperty(f).GetString()));
}
