using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8 end to end: the <c>demo</c> source given local files with hostile records (<c>"nom": null</c>, wrong types,
/// deep nesting, a broken NDJSON line, an empty CSV cell) publishes its good rows and reports the bad ones, located.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoHostileFeedTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("demo-hostile-").FullName;

    [Fact]
    public async Task HostileRecords_AreLocatedIssues_AndTheGoodRowsArePublished()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300);
        var structures = Write("structures.json", $$$"""
            [
              {"id": "s1", "nom": "Mission locale de Nantes", "date_maj": "2025-03-01", "code_insee": "44109"},
              {"id": "nom-null", "nom": null, "date_maj": "2025-03-01"},
              {"id": "wrong-types", "nom": 12345, "date_maj": [2025, 3, 1], "latitude": "1e400"},
              {"id": "object-for-list", "nom": "Structure en objet", "date_maj": "2025-03-01", "reseaux_porteurs": {"a": 1}},
              {"id": "deep", "nom": "Structure profonde", "date_maj": "2025-03-01", "description": {{{deep}}}},
              {"id": "long", "nom": "{{{new string('x', 10_000)}}}", "date_maj": "2025-03-01", "code_insee": "44109"},
              {},
              "pas un objet",
              {"id": "s2", "nom": "Épicerie solidaire du Breil", "date_maj": "2025-02-10", "code_insee": "44109"}
            ]
            """);
        var services = Write("services.ndjson", "\uFEFF" + string.Join("\n",
            """{"id": "sv1", "structure_id": "s1", "nom": "Aide au permis", "date_maj": "2025-03-01", "description": "Financement partiel du permis B.", "publics": ["jeunes"], "modes_mobilisation": ["envoyer-un-courriel"], "mobilisable_par": ["usagers"]}""",
            """{"id": "sv-nom-null", "structure_id": "s1", "nom": null, "date_maj": "2025-03-01", "description": null}""",
            """{"id": "sv-cut", "nom": """,
            """[1, [2, [3]]]""",
            """{"id": "sv2", "structure_id": "s2", "nom": "Épicerie à prix réduits", "date_maj": "2025-03-01", "description": "Accès à une épicerie sociale.", "publics": ["familles"], "modes_mobilisation": ["se-presenter"], "mobilisable_par": ["usagers"]}""") + "\n");
        var harness = await DemoAsync(new() { ["DEMO_STRUCTURES_URL"] = structures, ["DEMO_SERVICES_URL"] = services });

        var result = await harness.Runner.RunAsync(SourceRegistry.Find("demo")!, "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(["demo--long", "demo--s1", "demo--s2"], await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id"));
        Assert.Equal(["demo--sv1", "demo--sv2"], await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.services ORDER BY id"));
        var located = await Sql.ColumnAsync(harness.Db, """
            SELECT record_id || ' ' || field || ' ' || code FROM normalized.validation_issues WHERE severity = 'error' AND message <> '' ORDER BY 1
            """);
        Assert.Contains("demo--nom-null nom required", located);
        Assert.Contains("demo--sv-nom-null nom required", located);
        // A value of the wrong type names its field (issue 11: the validator points at its cell).
        Assert.Contains(located, l => l.EndsWith("/structures.json[2] nom enregistrement.illisible", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/structures.json[3] reseaux_porteurs enregistrement.illisible", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/structures.json[4] description enregistrement.illisible", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/structures.json[6] id enregistrement.sans-id", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/structures.json[7]  enregistrement.illisible", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/services.ndjson:ligne 3  enregistrement.illisible", StringComparison.Ordinal));
        Assert.Contains(located, l => l.EndsWith("/services.ndjson:ligne 4  enregistrement.illisible", StringComparison.Ordinal));
    }

    // Issue 8, bug 4: an empty nom cell (null once read) made TextCleanup.Nom throw and the whole run fail.
    [Fact]
    public async Task EmptyNomCellInCsv_IsOneInvalidRecord_TheOthersArePublished()
    {
        var structures = Write("structures.csv", """
            id,nom,date_maj,code_insee
            c1,Maison de l'emploi,2025-03-01,44109
            c2,,2025-03-01,44109
            c3,Point conseil budget,2025-03-01,44109
            """);
        var harness = await DemoAsync(new() { ["DEMO_STRUCTURES_URL"] = structures, ["DEMO_SERVICES_URL"] = Write("services.json", "[]") });

        var result = await harness.Runner.RunAsync(SourceRegistry.Find("demo")!, "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(["demo--c1", "demo--c3"], await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id"));
        Assert.Equal(["demo--c2 nom required"], await Sql.ColumnAsync(harness.Db, "SELECT record_id || ' ' || field || ' ' || code FROM marts.validation_errors WHERE severity = 'error'"));
    }

    // Issue 8, bug 6: DEMO_CLASSEUR_URL alone mixed the 12 sample structures into the configured workbook's.
    [Fact]
    public async Task ConfiguredClasseur_ReplacesTheSampleStreams()
    {
        var classeur = Path.Combine(_folder, "offre.xlsx");
        await File.WriteAllBytesAsync(classeur, [0x50, 0x4B, 0x03, 0x04, 0x00]);
        var harness = await DemoAsync(new() { ["DEMO_CLASSEUR_URL"] = classeur });

        var payloads = await SourceRegistry.Find("demo")!.CreateConnector(harness.Services).FetchAsync(CancellationToken.None);

        Assert.Equal(["classeur"], payloads.Select(p => p.Stream));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private async Task<RunnerHarness> DemoAsync(Dictionary<string, string> environment) =>
        await RunnerHarness.CreateAsync(postgres, environment: environment);
}
