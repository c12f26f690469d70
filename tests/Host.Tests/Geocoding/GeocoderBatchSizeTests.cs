using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>
/// <c>Geocoder__BatchSize</c> governs the geocoder's requests: it was silently capped by <c>Pipeline__BatchSize</c>
/// (each pipeline batch sent its own requests, structures and services apart).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GeocoderBatchSizeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private FakeGeocoderServer _geocoder = null!;

    public async Task InitializeAsync() => _geocoder = await FakeGeocoderServer.StartAsync();

    public async Task DisposeAsync() => await _geocoder.DisposeAsync();

    [Fact]
    public async Task AGeocoderBatchLargerThanThePipelines_SendsEveryAddressOfTheRunInOneRequest()
    {
        var harness = await RunAsync(geocoderBatchSize: 100);

        var batch = Assert.Single(_geocoder.Batches);
        Assert.Equal(8, batch.Rows.Count);
        await AssertEverythingPublishedAsync(harness);
    }

    [Fact]
    public async Task AGeocoderBatchSmallerThanTheRun_BoundsEveryRequest_AndAsksEachAddressOnce()
    {
        var harness = await RunAsync(geocoderBatchSize: 3);

        Assert.All(_geocoder.Batches, b => Assert.InRange(b.Rows.Count, 1, 3));
        Assert.Equal(8, _geocoder.Batches.Sum(b => b.Rows.Count));
        await AssertEverythingPublishedAsync(harness);
    }

    // Five structures and three services, each at its own address, through pipeline batches of two records.
    private async Task<GeocodingHarness> RunAsync(int geocoderBatchSize)
    {
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder, new GeocoderOptions { BatchSize = geocoderBatchSize }, pipelineBatchSize: 2);
        harness.Connector.StructuresJson = "[" + string.Join(",", Enumerable.Range(1, 5).Select(i =>
            $$"""{"id": "s{{i}}", "nom": "Structure {{i}}", "date_maj": "2025-03-01", "adresse": "{{i}} rue Haute", "code_insee": "35238", "commune": "Rennes"}""")) + "]";
        harness.Connector.ServicesJson = "[" + string.Join(",", Enumerable.Range(1, 3).Select(i =>
            $$"""{"id": "v{{i}}", "structure_id": "s1", "nom": "Service {{i}}", "description": "Accueil", "date_maj": "2025-03-01", "adresse": "{{i}} rue Basse", "code_insee": "35238", "commune": "Rennes"}""")) + "]";
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        return harness;
    }

    private static async Task AssertEverythingPublishedAsync(GeocodingHarness harness)
    {
        Assert.Equal(5L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures"));
        Assert.Equal(3L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.services"));
        Assert.Equal("8|8|8", await Sql.ScalarAsync<string>(harness.Db, "SELECT concat_ws('|', records, queries, sent) FROM ops.geocoding_runs"));
        Assert.Equal("Service 3", await Sql.ScalarAsync<string>(harness.Db, "SELECT nom FROM marts.services WHERE id = 'test-feed--v3'"));
    }
}
