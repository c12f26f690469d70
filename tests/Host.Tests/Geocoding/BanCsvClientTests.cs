using System.Text;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Geocoding;
using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>The BAN CSV client reads answers by their <c>ligne</c> column, whatever their order, delimiter or status words.</summary>
public sealed class BanCsvClientTests : IAsyncLifetime
{
    private static readonly GeocodingQuery[] s_queries =
    [
        new("12 rue de la Paix", null, "35238", "Rennes", true),
        new("1 rue Haute", "35000", "35238", "Rennes", true),
        new("2 rue Basse", "35000", "35238", "Rennes", true),
    ];

    private FakeGeocoderServer _geocoder = null!;

    public async Task InitializeAsync() => _geocoder = await FakeGeocoderServer.StartAsync();

    public async Task DisposeAsync() => await _geocoder.DisposeAsync();

    [Fact]
    public async Task ReorderedRowsInAnotherDelimiter_AreMatchedToTheirInputs()
    {
        // Rows 2 then 0 (row 1 missing), ';'-separated, with an error word for row 2.
        const string Csv = """
            ligne;adresse;result_score;result_type;result_citycode;result_name;result_postcode;result_city;longitude;latitude;result_status
            2;2 rue Basse;;;;;;;;;error
            0;12 rue de la Paix;0.91;housenumber;35238;12 Rue de la Paix;35000;Rennes;-1.67;48.11;ok
            """;
        _geocoder.Faults.Enqueue(Fault.Respond(new FakeResponse(200, "text/csv", Encoding.UTF8.GetBytes(Csv))));
        using var http = new HttpClient();

        var results = await new BanCsvClient(http, _geocoder.GeocoderUrl).GeocodeAsync(s_queries, CancellationToken.None);

        Assert.Equal([0, 2], results.Keys.Order());
        Assert.Equal(new GeocodingResult("ok", 0.91, "housenumber", null, "12 Rue de la Paix", "35000", "35238", "Rennes", -1.67, 48.11), results[0]);
        Assert.Equal("error", results[2].Status);
        Assert.Null(results[2].Score);
    }

    [Fact]
    public async Task AnErrorStatus_IsAGeocoderException()
    {
        _geocoder.Faults.Enqueue(Fault.ServerError());
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<GeocoderException>(() => new BanCsvClient(http, _geocoder.GeocoderUrl).GeocodeAsync(s_queries, CancellationToken.None));

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }
}
