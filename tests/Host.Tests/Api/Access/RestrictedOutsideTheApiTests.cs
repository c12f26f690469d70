using System.Text.Json;
using System.Text.RegularExpressions;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.OpenData;
using DataInclusion.Host.Web.Home;
using Npgsql;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>The restricted rule outside the API: the open-data dumps and the (anonymous) home page.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RestrictedOutsideTheApiTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("restricted-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Dumps_NeverHoldARestrictedSource_EvenOneWhoseLicenceWouldAllowIt()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        var alpha = new SourceDefinition("alpha", "an open source", "0 0 * * * ?", InOpenData: true, [], _ => throw new InvalidOperationException(), _ => throw new InvalidOperationException());
        var soliguide = SourceRegistry.Find("soliguide")! with { InOpenData = true };

        await OpenDataExportTests.Exporter(db, sources: [alpha, soliguide]).ExportAsync(_directory, ["json", "csv"], CancellationToken.None);

        Assert.Equal(["alpha--s1"], Ids("structures.json"));
        Assert.Equal(["alpha--v1"], Ids("services.json"));
        foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("soliguide--", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dumps_LeaveOutARestrictedProducerSource_ThoughItsAccountIsInOpenData()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, RestrictedSourcesTests.RestrictedProducer);
        await using var dataSource = NpgsqlDataSource.Create(db);
        await new ProducerStore(dataSource, TimeProvider.System).AddAsync("alpha", "Alpha", null, inOpenData: true, CancellationToken.None);
        // The sources as `export` and the scheduled publication read them: the catalogue, producer accounts included.
        var catalog = await new SourceCatalog(dataSource, TimeProvider.System).AllAsync(CancellationToken.None);

        await OpenDataExportTests.Exporter(db, sources: catalog).ExportAsync(_directory, ["json", "csv"], CancellationToken.None);

        Assert.Equal(["alpha--s1"], Ids("structures.json"));
        Assert.Equal(["alpha--v1"], Ids("services.json"));
        foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("partenaire--", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("soliguide")]
    [InlineData(RestrictedSourcesTests.RestrictedProducer)]
    public async Task HomePage_ShowsARestrictedSourceWithoutItsCounts_AndLeavesThemOutOfTheTotals(string restricted)
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, restricted);
        await using var dataSource = NpgsqlDataSource.Create(db);
        await new ProducerStore(dataSource, TimeProvider.System).AddAsync("alpha", "Alpha", null, inOpenData: true, CancellationToken.None);

        var sources = await HomeEndpoints.ReadSourcesAsync(new SourceCatalog(dataSource, TimeProvider.System), dataSource, CancellationToken.None);
        var page = HomePage.Render(sources, DateTimeOffset.UtcNow);

        var row = Row(page, restricted);
        Assert.Contains("accès restreint", row, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"n\"", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1</td><td class=\"n\">1</td>", Row(page, "alpha"), StringComparison.Ordinal);
        Assert.Matches("<tfoot><tr><th scope=\"row\">Total</th><td class=\"n\">1</td><td class=\"n\">1</td>", page);
        Assert.Contains("1 structures et 1 services", page, StringComparison.Ordinal);
    }

    private List<string> Ids(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, file)));
        return json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    }

    private static string Row(string page, string slug)
    {
        var match = Regex.Match(page, $"<tr id=\"source-{slug}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no row for {slug}");
        return match.Groups[1].Value;
    }
}
