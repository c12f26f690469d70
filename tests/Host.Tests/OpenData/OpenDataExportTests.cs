using System.Text.Json;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Issue 10 §1–2: every format of the set, read back by an independent reader, equals the marts minus what §1 removes
/// (closed sources, closed establishments and their services, personal contacts, internal columns).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OpenDataExportTests(PostgresFixture postgres) : IDisposable
{
    private static readonly HashSet<string> s_typedFields = ["date_maj", "longitude", "latitude", "score_qualite", "volume_horaire_hebdomadaire", "nombre_semaines"];

    private readonly string _directory = Directory.CreateTempSubdirectory("opendata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    internal static OpenDataExporter Exporter(string db, OpenDataLimits? limits = null, IEnumerable<SourceDefinition>? sources = null) =>
        new(NpgsqlDataSource.Create(db), _ => Task.FromResult<IReadOnlyList<SourceDefinition>>([.. sources ?? SourceRegistry.All]), TimeProvider.System,
            NullLogger<OpenDataExporter>.Instance, limits);

    private async Task<string> ExportFixtureAsync(IReadOnlyCollection<string>? formats = null)
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        await Exporter(db).ExportAsync(_directory, formats, CancellationToken.None);
        return db;
    }

    [Fact]
    public async Task Json_And_Ndjson_EqualTheOpenMarts_ExactValues_NoInternalColumn()
    {
        var db = await ExportFixtureAsync(["json", "ndjson"]);
        foreach (var entity in DumpEntity.All)
        {
            var expected = await MartRows.ExpectedAsync(db, entity.Name, entity.Columns.Select(c => c.Name));
            using var array = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, entity.Name + ".json")));
            Assert.Equal(expected, DumpReaders.Json(array.RootElement.EnumerateArray()));
            Assert.Equal(expected, DumpReaders.Json(DumpReaders.NdjsonLines(Path.Combine(_directory, entity.Name + ".ndjson"))));
            var names = array.RootElement.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToHashSet();
            Assert.Empty(names.Intersect(MartRows.InternalColumns));
        }
    }

    [Fact]
    public async Task Rules_ClosedSource_ClosedEstablishment_AndPersonalContacts()
    {
        var db = await ExportFixtureAsync(["json"]);
        using var structures = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "structures.json")));
        using var services = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "services.json")));
        var byId = structures.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(["dora--libre", "dora--perso"], byId.Keys.Order());
        Assert.Equal(["dora--aide", "dora--rdv"], services.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
        Assert.Equal(JsonValueKind.Null, byId["dora--perso"].GetProperty("courriel").ValueKind);
        Assert.Equal(JsonValueKind.Null, byId["dora--perso"].GetProperty("telephone").ValueKind);
        Assert.Equal("contact@maison.fr", byId["dora--libre"].GetProperty("courriel").GetString());
        var rdv = services.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "dora--rdv");
        Assert.Equal(JsonValueKind.Null, rdv.GetProperty("courriel").ValueKind);
        Assert.Equal(JsonValueKind.Null, rdv.GetProperty("telephone").ValueKind);
        // The API keeps them: only the dumps blank them.
        Assert.Equal("jean.dupont@gmail.com", await Sql.ScalarAsync<string>(db, "SELECT courriel FROM marts.structures WHERE id = 'dora--perso'"));
    }

    [Fact]
    public async Task ProducerSources_FollowTheirOpenDataFlag_ReadFromTheCatalogueAtEachExport()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        await using var dataSource = NpgsqlDataSource.Create(db);
        var producers = new DataInclusion.Host.Producers.ProducerStore(dataSource, TimeProvider.System);
        await producers.AddAsync("ouvert-35", "Ouvert", null, inOpenData: true, CancellationToken.None);
        await producers.AddAsync("ferme-35", "Fermé", null, inOpenData: false, CancellationToken.None);
        foreach (var slug in new[] { "ouvert-35", "ferme-35" })
        {
            Assert.Equal(1, await Sql.ScalarAsync<long>(db, $"""
                WITH copied AS (
                    INSERT INTO marts.structures (source, id, nom, date_maj, run_id)
                    SELECT '{slug}', '{slug}--' || id, nom, date_maj, run_id FROM marts.structures WHERE id = 'dora--libre' RETURNING 1)
                SELECT count(*) FROM copied
                """));
        }

        var exporter = new OpenDataExporter(dataSource, new SourceCatalog(dataSource, TimeProvider.System).AllAsync, TimeProvider.System,
            NullLogger<OpenDataExporter>.Instance);
        await exporter.ExportAsync(_directory, ["json"], CancellationToken.None);

        using var structures = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "structures.json")));
        var ids = structures.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("ouvert-35--dora--libre", ids);
        Assert.DoesNotContain("ferme-35--dora--libre", ids);
    }

    [Fact]
    public async Task Csv_ImportsBackThroughTheV1Feed_EqualToTheMarts_FormulasNeutralised()
    {
        var db = await ExportFixtureAsync(["csv"]);
        var (structures, services) = DumpReaders.Csv(_directory, "dora");
        foreach (var (entity, actual) in new[] { (DumpEntity.Structures, structures), (DumpEntity.Services, services) })
        {
            // The importer's model has the v1 fields only (no score_qualite).
            var fields = actual.Values.First().Keys.ToList();
            var expected = await MartRows.ExpectedAsync(db, entity.Name, fields);
            foreach (var record in expected.Values)
            {
                foreach (var field in fields.Where(f => !s_typedFields.Contains(f)))
                {
                    record[field] = DumpText.Neutralised(field, record[field])?.Trim();
                }
            }

            Assert.Equal(expected, actual);
        }

        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"clic\")", structures["dora--libre"]["description"]);
        Assert.Equal("+33298000000", structures["dora--libre"]["telephone"]);
        Assert.Equal("-4.4861", structures["dora--libre"]["longitude"]);
        var header = File.ReadLines(Path.Combine(_directory, "structures.csv")).First().Split(',');
        Assert.Equal(DumpEntity.Structures.Columns.Select(c => c.Name), header);
    }

    [Fact]
    public async Task Parquet_ReadByDuckDb_TypedColumns_EqualToTheMarts()
    {
        var db = await ExportFixtureAsync(["parquet"]);
        foreach (var entity in DumpEntity.All)
        {
            var (records, types) = DumpReaders.Parquet(Path.Combine(_directory, entity.Name + ".parquet"));
            Assert.Equal(await MartRows.ExpectedAsync(db, entity.Name, entity.Columns.Select(c => c.Name)), records);
            Assert.Equal("DATE", types["date_maj"]);
            Assert.Equal("DOUBLE", types["longitude"]);
            Assert.Equal("VARCHAR", types["id"]);
        }

        var (services, serviceTypes) = DumpReaders.Parquet(Path.Combine(_directory, "services.parquet"));
        Assert.Equal("VARCHAR[]", serviceTypes["thematiques"]);
        Assert.Equal("INTEGER", serviceTypes["nombre_semaines"]);
        Assert.Null(services["dora--rdv"]["thematiques"]);
    }
}
