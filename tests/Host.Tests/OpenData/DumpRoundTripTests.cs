using System.Text.Json;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using DataInclusion.Normalize;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Issue 10 §2: a feed published by the real pipeline, exported, then ingested again as a producer's v1 feed (csv, and
/// xlsx) through the same pipeline, publishes the same records.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DumpRoundTripTests(PostgresFixture postgres) : IDisposable
{
    private const string StructuresFeed = """
        [
          {"id": "a", "nom": "Épicerie solidaire, \"La Cagette\"", "date_maj": "2026-11-02", "siret": "13002526500013", "commune": "Brest",
           "code_postal": "29200", "code_insee": "29019", "adresse": "3 rue de Siam", "longitude": -4.4861, "latitude": 48.3904,
           "telephone": "+33298000000", "courriel": "contact@cagette.fr", "site_web": "https://cagette.fr",
           "description": "Une épicerie\nsur deux lignes, avec des « guillemets ».", "reseaux_porteurs": ["aci", "action-logement"]},
          {"id": "b", "nom": "Point d'accueil", "date_maj": "2026-10-15", "code_insee": "75056"}
        ]
        """;

    private const string ServicesFeed = """
        [
          {"id": "s1", "structure_id": "a", "nom": "Aide alimentaire", "description": "Colis chaque semaine.", "date_maj": "2026-11-01",
           "type": "aide-materielle", "thematiques": ["mobilite--financer-ma-mobilite", "mobilite--etre-accompagne-dans-son-parcours-mobilite"],
           "frais": "gratuit", "publics": ["demandeurs-emploi"], "modes_accueil": ["en-presentiel"], "zone_eligibilite": ["29"],
           "volume_horaire_hebdomadaire": 3.5, "nombre_semaines": 12, "telephone": "+33298000001", "longitude": -4.4861, "latitude": 48.3904},
          {"id": "s2", "structure_id": "b", "nom": "Écoute", "description": "Sans rendez-vous.", "date_maj": "2026-10-01"}
        ]
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("opendata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task PublishedFeed_ExportedThenIngestedAgain_PublishesTheSameRecords(string format)
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = StructuresFeed;
        harness.Connector.ServicesJson = ServicesFeed;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        await OpenDataExportTests.Exporter(harness.Db, sources: [harness.Definition]).ExportAsync(_directory, [format], CancellationToken.None);

        var copy = new V1FeedOptions { Source = "copie" };
        copy.Streams["structures"] = Path.Combine(_directory, "structures." + format);
        copy.Streams["services"] = Path.Combine(_directory, "services." + format);
        var definition = new SourceDefinition("copie", "the dump as a feed", "0 0 * * * ?", true, [],
            s => new V1FeedConnector(s.Producers, copy), _ => new V1FeedMapper("copie"));
        var result = await harness.Runner.RunAsync(definition, "test", CancellationToken.None);
        Assert.Equal(SourceRunStatus.Succeeded, result.Status);

        foreach (var entity in DumpEntity.All)
        {
            var original = await RecordsAsync(harness.Db, entity, RunnerHarness.Source, strip: null);
            Assert.Equal(2, original.Count);
            // The importer prefixes the ids it reads with its own slug: copie--test-feed--a.
            Assert.Equal(original, await RecordsAsync(harness.Db, entity, "copie", strip: "copie--"));
        }
    }

    /// <summary>The source's published records, v1 fields but the source, ids without <paramref name="strip"/>.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string?>>> RecordsAsync(string db, DumpEntity entity, string source, string? strip)
    {
        var rows = await Sql.ColumnAsync(db, $"SELECT row_to_json(t)::text FROM marts.{entity.Name} t WHERE source = '{source}'");
        return rows.Select(row =>
        {
            using var json = JsonDocument.Parse(strip is null ? row : row.Replace(strip, string.Empty, StringComparison.Ordinal));
            return entity.Columns.Where(c => c.Name != "source").ToDictionary(c => c.Name, c => DumpText.Of(json.RootElement.GetProperty(c.Name)));
        }).ToDictionary(r => r["id"]!);
    }
}
