using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Normalize.Tests.Places;

/// <summary>data-inclusion.md §4: acceptance of the geocoder's answers, what is published, and the cache's refresh rule.</summary>
public sealed class GeocodingRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly GeocodingQuery s_street = new("12 rue de la Paix", "35000", "35238", "Rennes", true);
    private static readonly GeocodingQuery s_bourg = new("Le Bourg", null, "35238", "Rennes", false);
    private static readonly PublishedAddress s_producer = new("12 r. de la Paix", "35000", "Rennes", "35238", null, -1.7, 48.1, "producteur");

    private static GeocodingResult Result(double score, string type = "housenumber", string citycode = "35238") =>
        new("ok", score, type, "12 Rue de la Paix 35000 Rennes", "12 Rue de la Paix", "35000", citycode, "Rennes", -1.6789, 48.1123);

    [Theory]
    [InlineData(0.76, "housenumber", GeocodingUse.Address)]
    [InlineData(0.75, "housenumber", GeocodingUse.None)] // strictly above 0.75
    [InlineData(0.98, "street", GeocodingUse.Address)]
    [InlineData(0.98, "municipality", GeocodingUse.None)] // a bare commune does not locate a street address
    public void Decide_ForAStreetAddress(double score, string type, GeocodingUse expected) =>
        Assert.Equal(expected, GeocodingRules.Decide(s_street, Result(score, type)));

    [Fact]
    public void Decide_ACommuneLevelAnswerLocatesAVillageCentre() =>
        Assert.Equal(GeocodingUse.Municipality, GeocodingRules.Decide(s_bourg, Result(0.9, "municipality")));

    [Fact]
    public void Decide_NothingFoundOrNoCommuneCode_IsNotUsed()
    {
        Assert.Equal(GeocodingUse.None, GeocodingRules.Decide(s_street, GeocodingResult.NotFound));
        Assert.Equal(GeocodingUse.None, GeocodingRules.Decide(s_street, null));
        Assert.Equal(GeocodingUse.None, GeocodingRules.Decide(s_street, Result(0.9, citycode: "")));
    }

    [Fact]
    public void Publish_AnAcceptedAddress_TakesTheGeocodersPlace()
    {
        var published = GeocodingRules.Publish(s_producer, Result(0.9), GeocodingUse.Address);

        Assert.Equal(new PublishedAddress("12 Rue de la Paix", "35000", "Rennes", "35238", null, -1.6789, 48.1123, "geocodage"), published);
    }

    [Fact]
    public void Publish_ACommuneLevelAnswer_KeepsTheProducersAddressLine()
    {
        var published = GeocodingRules.Publish(s_producer with { Adresse = "Le Bourg" }, Result(0.9, "municipality"), GeocodingUse.Municipality);

        Assert.Equal("Le Bourg", published.Adresse);
        Assert.Equal(-1.6789, published.Longitude);
        Assert.Equal("geocodage-commune", published.Provenance);
    }

    [Fact]
    public void Publish_AnArrondissementCitycode_BecomesItsCommuneAndIsKept()
    {
        var published = GeocodingRules.Publish(s_producer, Result(0.9, citycode: "75112"), GeocodingUse.Address);

        Assert.Equal("75056", published.CodeInsee);
        Assert.Equal("75112", published.CodeArrondissement);
    }

    [Fact]
    public void Publish_AnUnusedAnswer_KeepsTheProducersValues() =>
        Assert.Equal(s_producer, GeocodingRules.Publish(s_producer, Result(0.5), GeocodingUse.None));

    [Fact]
    public void NeedsGeocoding_NewInputsAndFailures()
    {
        Assert.True(GeocodingRules.NeedsGeocoding(null, s_now));
        Assert.True(GeocodingRules.NeedsGeocoding(new CachedGeocode(null, s_now), s_now));
    }

    [Fact]
    public void NeedsGeocoding_AGoodAnswerIsKept() =>
        Assert.False(GeocodingRules.NeedsGeocoding(new CachedGeocode(Result(0.76), s_now.AddYears(-1)), s_now));

    [Fact]
    public void NeedsGeocoding_ALowScoreIsAskedAgainAfterAWeek()
    {
        Assert.False(GeocodingRules.NeedsGeocoding(new CachedGeocode(Result(0.75), s_now.AddDays(-6)), s_now));
        Assert.True(GeocodingRules.NeedsGeocoding(new CachedGeocode(Result(0.75), s_now.AddDays(-7)), s_now));
        Assert.False(GeocodingRules.NeedsGeocoding(new CachedGeocode(GeocodingResult.NotFound, s_now.AddDays(-1)), s_now));
        Assert.True(GeocodingRules.NeedsGeocoding(new CachedGeocode(GeocodingResult.NotFound, s_now.AddDays(-8)), s_now));
    }
}
