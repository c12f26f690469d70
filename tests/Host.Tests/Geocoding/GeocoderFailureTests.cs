using System.Text;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>Issue 9 §1: a failing geocoder never fails the run; its failures are counted and asked again at the next run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GeocoderFailureTests(PostgresFixture postgres) : IAsyncLifetime
{
    private FakeGeocoderServer _geocoder = null!;

    public static TheoryData<string> Faults => ["5xx", "timeout", "truncated", "malformed-csv", "html-page"];

    public async Task InitializeAsync()
    {
        _geocoder = await FakeGeocoderServer.StartAsync();
        _geocoder.Know("12 rue de la Paix Rennes", GeocodingPipelineTests.s_paix);
    }

    public async Task DisposeAsync() => await _geocoder.DisposeAsync();

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AFailedBatch_PublishesTheProducersValues_CountsTheFailure_AndIsAskedAgain(string fault)
    {
        _geocoder.Faults.Enqueue(fault switch
        {
            "5xx" => Fault.ServerError(),
            "timeout" => Fault.Slow(TimeSpan.FromSeconds(5)),
            "truncated" => Fault.TruncatedBody(),
            "malformed-csv" => Fault.Respond(new FakeResponse(200, "text/csv", Encoding.UTF8.GetBytes("\"adresse\"|\"code_postal\"\n\"12 rue"))),
            _ => Fault.Respond(FakeResponse.Html(200, "<html><body>Service indisponible</body></html>")),
        });
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder, new GeocoderOptions { Timeout = TimeSpan.FromSeconds(1) });
        harness.Connector.StructuresJson = GeocodingPipelineTests.StructuresJson;

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal("12 r. de la Paix BP 12|-1.7|producteur", await harness.RowAsync("structures", "paix", "adresse, longitude, adresse_provenance"));
        Assert.Equal("3|3|t", await Sql.ScalarAsync<string>(harness.Db,
            "SELECT concat_ws('|', sent, failed, error IS NOT NULL) FROM ops.geocoding_runs"));

        // The failures were not cached as answers: the next run asks again, and publishes the geocoder's place.
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal("geocodage", await harness.RowAsync("structures", "paix", "adresse_provenance"));
    }

    [Fact]
    public async Task APartialAnswer_UsesTheRowsItHolds_AndAsksTheMissingOnesAgain()
    {
        _geocoder.AnswerOnlyFirstRows = 1;
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder);
        harness.Connector.StructuresJson = GeocodingPipelineTests.StructuresJson;

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal("geocodage", await harness.RowAsync("structures", "paix", "adresse_provenance"));
        Assert.Equal("3|2", await Sql.ScalarAsync<string>(harness.Db, "SELECT concat_ws('|', sent, failed) FROM ops.geocoding_runs"));
        _geocoder.AnswerOnlyFirstRows = null;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(2, _geocoder.Batches[1].Rows.Count); // only the two rows that got no answer
    }

    [Fact]
    public async Task AFailedRetry_DoesNotEraseACachedAnswer()
    {
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder);
        harness.Connector.StructuresJson = GeocodingPipelineTests.StructuresJson;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        await Sql.ScalarAsync<int>(harness.Db, "WITH u AS (UPDATE ops.geocodages SET geocode_le = now() - interval '30 days' RETURNING 1) SELECT count(*)::int FROM u");
        _geocoder.Faults.Enqueue(Fault.ServerError());

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        // The two not-found answers were asked again and failed: they stay as they were; the good answer was not even asked.
        Assert.Equal(2, _geocoder.Requests.Count);
        Assert.Equal(2, await Sql.ScalarAsync<int>(harness.Db, "SELECT count(*)::int FROM ops.geocodages WHERE statut = 'not-found'"));
        Assert.Equal(0, await Sql.ScalarAsync<int>(harness.Db, "SELECT count(*)::int FROM ops.geocodages WHERE statut = 'echec'"));
        Assert.Equal("geocodage", await harness.RowAsync("structures", "paix", "adresse_provenance"));
    }

    [Fact]
    public void WithoutGeocoderUrl_ThereIsNoGeocodingStep() =>
        Assert.Null(GeocodingFactory.Create(_ => null, new GeocoderOptions(), new MemoryGeocodingCache(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));
}
