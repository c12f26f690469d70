using System.Text;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>
/// Issue 9 §2 "Command": <c>dedup</c> geocodes through the pipeline's step when <c>GEOCODER_URL</c> is set, so the
/// clusterer compares the published places; a failing geocoder leaves the producer's values and never fails the command.
/// </summary>
public sealed class DedupGeocodingTests : IAsyncLifetime
{
    // One place, two producers: the same name and street, but coordinates ~5 km apart (a producer's pin in the wrong
    // place). Apart, the distance penalty keeps them in two clusters; at the geocoder's one address they merge.
    private const string Dora =
        """{"source":"dora","id":"dora--1","nom":"Épicerie solidaire La Passerelle","date_maj":"2025-05-01","adresse":"12 r. de la Paix","code_insee":"35238","commune":"Rennes","longitude":-1.70,"latitude":48.10}""";

    private const string Soliguide =
        """{"source":"soliguide","id":"soliguide--9","nom":"Epicerie solidaire la Passerelle","date_maj":"2025-06-01","adresse":"12 rue de la Paix","code_insee":"35238","commune":"Rennes","longitude":-1.64,"latitude":48.14}""";

    private static readonly FakeGeocode s_paix = new(0.93, "housenumber", "12 Rue de la Paix", "35000", "35238", "Rennes", -1.6781, 48.1117);

    private readonly string _directory = Directory.CreateTempSubdirectory("datainclusion-dedupgeo-").FullName;
    private FakeGeocoderServer _geocoder = null!;

    public static TheoryData<string> Faults => ["5xx", "timeout", "malformed-csv"];

    public async Task InitializeAsync()
    {
        _geocoder = await FakeGeocoderServer.StartAsync();
        _geocoder.Know("12 rue de la Paix Rennes", s_paix);
    }

    public async Task DisposeAsync()
    {
        await _geocoder.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Dedup_WithoutGeocoderUrl_KeepsTheProducersPlaces_AndAsksNothing()
    {
        var (cli, clusters) = await DedupAsync(new Dictionary<string, string?> { ["GEOCODER_URL"] = null });
        await using var process = cli;

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.NotEqual(clusters["dora--1"], clusters["soliguide--9"]);
        Assert.Empty(_geocoder.Requests);
        Assert.DoesNotContain("geocoding", cli.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedup_WithGeocoderUrl_ClustersOnTheGeocodersPlace()
    {
        var (cli, clusters) = await DedupAsync(new Dictionary<string, string?> { ["GEOCODER_URL"] = _geocoder.GeocoderUrl.ToString() });
        await using var process = cli;

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(clusters["dora--1"], clusters["soliguide--9"]);
        // The pipeline's cleaning ("r." expanded), one distinct input for both records, sent once.
        var batch = Assert.Single(_geocoder.Batches);
        Assert.Equal("12 rue de la Paix", Assert.Single(batch.Rows)[Array.IndexOf(batch.Header, "adresse")]);
        Assert.Contains("2 records take the geocoder's place", cli.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 addresses sent", cli.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", cli.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Dedup_WhenTheGeocoderFails_WarnsAndClustersTheProducersPlaces(string fault)
    {
        _geocoder.Faults.Enqueue(fault switch
        {
            "5xx" => Fault.ServerError(),
            "timeout" => Fault.Slow(TimeSpan.FromSeconds(5)),
            _ => Fault.Respond(new FakeResponse(200, "text/csv", Encoding.UTF8.GetBytes("\"adresse\"|\"code_postal\"\n\"12 rue"))),
        });

        var (cli, clusters) = await DedupAsync(new Dictionary<string, string?>
        {
            ["GEOCODER_URL"] = _geocoder.GeocoderUrl.ToString(),
            ["Geocoder__Timeout"] = "00:00:01",
        });
        await using var process = cli;

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Contains("warning: the geocoder failed", cli.StandardError, StringComparison.Ordinal);
        Assert.Contains("keep the producer's address", cli.StandardError, StringComparison.Ordinal);
        Assert.NotEqual(clusters["dora--1"], clusters["soliguide--9"]);
        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public async Task Dedup_AfterARequestWithNoAnswer_SendsNoOtherBatch()
    {
        _geocoder.Faults.Enqueue(Fault.ServerError());

        // One record per batch: the second batch would ask again, but the geocoder is taken for down.
        var (cli, clusters) = await DedupAsync(new Dictionary<string, string?>
        {
            ["GEOCODER_URL"] = _geocoder.GeocoderUrl.ToString(),
            ["Pipeline__BatchSize"] = "1",
        });
        await using var process = cli;

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Single(_geocoder.Requests);
        Assert.Contains("1 records were not sent", cli.StandardError, StringComparison.Ordinal);
        Assert.NotEqual(clusters["dora--1"], clusters["soliguide--9"]);
    }

    private async Task<(CliProcess Cli, Dictionary<string, string> Clusters)> DedupAsync(Dictionary<string, string?> environment)
    {
        var input = Path.Combine(_directory, "structures.ndjson");
        await File.WriteAllTextAsync(input, Dora + "\n" + Soliguide + "\n", new UTF8Encoding(false));
        var output = Path.Combine(_directory, "clusters.csv");
        var cli = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(1), "dedup", input, "--out", output);
        var clusters = cli.ExitCode != 0 ? [] : (await File.ReadAllLinesAsync(output)).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        return (cli, clusters);
    }
}
