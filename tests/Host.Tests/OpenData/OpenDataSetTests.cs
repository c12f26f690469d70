using System.Security.Cryptography;
using System.Text.Json;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Issue 10 §2, the files around the dumps: GeoJSON against the RFC 7946 shape, SHA256SUMS, manifest.json,
/// datapackage.json (Table Schema) and the HSDS 3.0 tables.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OpenDataSetTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opendata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<OpenDataSet> ExportAllAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        return await OpenDataExportTests.Exporter(db).ExportAsync(_directory, null, CancellationToken.None);
    }

    private JsonElement Read(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, name))).RootElement;

    [Fact]
    public async Task GeoJson_IsAnRfc7946FeatureCollection_PointsLonLat_NullGeometryKept()
    {
        await ExportAllAsync();
        var collection = Read("structures.geojson");
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.False(collection.TryGetProperty("crs", out _));
        var features = collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal(["dora--libre", "dora--perso"], features.Keys.Order());
        Assert.All(features.Values, f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
        var point = features["dora--libre"].GetProperty("geometry");
        Assert.Equal("Point", point.GetProperty("type").GetString());
        Assert.Equal([-4.4861, 48.3904], point.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(JsonValueKind.Null, features["dora--perso"].GetProperty("geometry").ValueKind);
        Assert.Equal("Maison =des= solidarités", features["dora--libre"].GetProperty("properties").GetProperty("nom").GetString());
        Assert.Equal(JsonValueKind.Null, features["dora--perso"].GetProperty("properties").GetProperty("courriel").ValueKind);
    }

    [Fact]
    public async Task Sha256Sums_ListsEveryFileOfTheSet_WithItsHash_AsTheResultSays()
    {
        var set = await ExportAllAsync();
        var lines = File.ReadAllLines(Path.Combine(_directory, "SHA256SUMS"));
        var listed = lines.Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        foreach (var (name, hash) in listed)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_directory, name)))), hash);
        }

        Assert.Equal(set.Files.Where(f => f.Name != "SHA256SUMS").Select(f => f.Name).Order(), listed.Keys.Order());
        Assert.Contains("SHA256SUMS", set.Files.Select(f => f.Name));
        Assert.All(set.Files, f => Assert.Equal(new FileInfo(Path.Combine(_directory, f.Name)).Length, f.Length));
        string[] expected =
        [
            "structures.csv", "structures.json", "structures.ndjson", "structures.geojson", "structures.parquet", "structures.xlsx",
            "services.csv", "services.json", "services.ndjson", "services.geojson", "services.parquet", "services.xlsx",
            "hsds/organization.json", "hsds/location.json", "hsds/service.json", "hsds/service_at_location.json",
            "datapackage.json", "manifest.json", "SHA256SUMS",
        ];
        Assert.Equal(expected, set.Files.Select(f => f.Name));
        // The staging folder is gone: only the set is left.
        Assert.Equal(["hsds"], Directory.GetDirectories(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Manifest_SaysWhenWhatAndFromWhichRuns()
    {
        var set = await ExportAllAsync();
        var manifest = Read("manifest.json");
        Assert.Equal(set.GeneratedAt, manifest.GetProperty("generated_at").GetDateTimeOffset());
        Assert.Equal("1.0.8", manifest.GetProperty("schema_version").GetString());
        var files = manifest.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(2, files["structures.parquet"].GetProperty("rows").GetInt64());
        Assert.Equal(2, files["services.xlsx"].GetProperty("rows").GetInt64());
        Assert.Equal(2, files["hsds/location.json"].GetProperty("rows").GetInt64());
        Assert.Equal(set.Files.Single(f => f.Name == "services.csv").Sha256, files["services.csv"].GetProperty("sha256").GetString());
        var source = Assert.Single(manifest.GetProperty("sources").EnumerateArray());
        Assert.Equal("dora", source.GetProperty("source").GetString());
        Assert.Equal(2, source.GetProperty("structures").GetInt64());
        Assert.Equal(2, source.GetProperty("services").GetInt64());
        var run = Assert.Single(source.GetProperty("runs").EnumerateArray());
        Assert.Equal(MartRows.DoraRun, run.GetProperty("id").GetGuid());
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T03:20:00Z", System.Globalization.CultureInfo.InvariantCulture), run.GetProperty("started_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task DataPackage_DescribesTheCsvFiles_TypesConstraintsEnumsAndForeignKey()
    {
        var set = await ExportAllAsync();
        var package = Read("datapackage.json");
        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal("services.csv", resources["services"].GetProperty("path").GetString());
        Assert.Equal("sha256:" + set.Files.Single(f => f.Name == "services.csv").Sha256, resources["services"].GetProperty("hash").GetString());
        var schema = resources["services"].GetProperty("schema");
        var fields = schema.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var header = File.ReadLines(Path.Combine(_directory, "services.csv")).First().Split(',');
        Assert.Equal(header, fields.Keys);
        Assert.Equal("date", fields["date_maj"].GetProperty("type").GetString());
        Assert.Equal("number", fields["longitude"].GetProperty("type").GetString());
        Assert.Equal("integer", fields["nombre_semaines"].GetProperty("type").GetString());
        Assert.True(fields["structure_id"].GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.Equal(["gratuit", "payant"],
            fields["frais"].GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).Order());
        var thematiques = new System.Text.RegularExpressions.Regex(fields["thematiques"].GetProperty("constraints").GetProperty("pattern").GetString()!);
        Assert.Matches(thematiques, "mobilite--etre-accompagne-dans-son-parcours-mobilite,mobilite--financer-ma-mobilite");
        Assert.DoesNotMatch(thematiques, "mobilite--inventee");
        var foreignKey = Assert.Single(schema.GetProperty("foreignKeys").EnumerateArray());
        Assert.Equal("structure_id", foreignKey.GetProperty("fields").GetString());
        Assert.Equal("structures", foreignKey.GetProperty("reference").GetProperty("resource").GetString());
        Assert.Equal("id", foreignKey.GetProperty("reference").GetProperty("fields").GetString());
        Assert.Equal("id", resources["structures"].GetProperty("schema").GetProperty("primaryKey").GetString());
    }

    [Fact]
    public async Task Hsds_OrganizationsLocationsServices_WithRequiredFields_UuidIds_AndConsistentLinks()
    {
        await ExportAllAsync();
        var organizations = Read("hsds/organization.json").EnumerateArray().ToList();
        var locations = Read("hsds/location.json").EnumerateArray().ToList();
        var services = Read("hsds/service.json").EnumerateArray().ToList();
        var atLocations = Read("hsds/service_at_location.json").EnumerateArray().ToList();
        Assert.Equal(2, organizations.Count);
        Assert.Equal(2, services.Count);
        var ids = organizations.Concat(locations).Concat(services).Concat(atLocations).Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out var guid) && guid.ToString()[14] == '5', $"{id} is not a UUIDv5"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(organizations, o => Assert.All(new[] { "name", "description" }, p => Assert.Equal(JsonValueKind.String, o.GetProperty(p).ValueKind)));
        Assert.All(services, s => Assert.Equal("active", s.GetProperty("status").GetString()));
        Assert.All(locations, l => Assert.Equal("physical", l.GetProperty("location_type").GetString()));

        var organizationIds = organizations.Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var locationIds = locations.Select(l => l.GetProperty("id").GetString()).ToHashSet();
        var serviceIds = services.Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.All(services, s => Assert.Contains(s.GetProperty("organization_id").GetString(), organizationIds));
        Assert.All(atLocations, a => Assert.Contains(a.GetProperty("location_id").GetString(), locationIds));
        Assert.All(atLocations, a => Assert.Contains(a.GetProperty("service_id").GetString(), serviceIds));

        var maison = organizations.Single(o => o.GetProperty("name").GetString() == "Maison =des= solidarités");
        var siret = Assert.Single(maison.GetProperty("organization_identifiers").EnumerateArray());
        Assert.Equal("FR-RCS", siret.GetProperty("identifier_scheme").GetString());
        Assert.Equal("13002526500013", siret.GetProperty("identifier").GetString());
        var address = Assert.Single(locations.Single(l => l.GetProperty("name").GetString() == "Maison =des= solidarités").GetProperty("addresses").EnumerateArray());
        Assert.Equal(["3 rue de Siam", "Brest", "29", "29200", "FR", "physical"],
            new[] { "address_1", "city", "state_province", "postal_code", "country", "address_type" }.Select(p => address.GetProperty(p).GetString()));
        var aide = services.Single(s => s.GetProperty("name").GetString() == "Aide =1+1");
        Assert.Equal(["mobilite--etre-accompagne-dans-son-parcours-mobilite", "mobilite--financer-ma-mobilite", "demandeurs-emploi"],
            aide.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("taxonomy_term").GetProperty("code").GetString()));
        // The personal contact stays out of HSDS too.
        var perso = organizations.Single(o => o.GetProperty("name").GetString() == "Permanence");
        Assert.False(perso.TryGetProperty("email", out _));
        Assert.Empty(perso.GetProperty("phones").EnumerateArray());
    }

    [Fact]
    public async Task Hsds_IdsAreStable_FromOneExportToTheNext()
    {
        await ExportAllAsync();
        var first = File.ReadAllText(Path.Combine(_directory, "hsds/service.json"));
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        await OpenDataExportTests.Exporter(db).ExportAsync(_directory, ["hsds"], CancellationToken.None);
        Assert.Equal(first, File.ReadAllText(Path.Combine(_directory, "hsds/service.json")));
    }

    [Theory]
    [InlineData("csv,pdf")]
    [InlineData("datapackage")]
    public void UnknownFormats_OrDataPackageWithoutCsv_AreRefused(string formats) =>
        Assert.Throws<ArgumentException>(() => OpenDataExporter.Select(formats.Split(',')));
}
