using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>Issue 9 §1: the geocoding step against a fake BAN speaking the CSV contract, on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GeocodingPipelineTests(PostgresFixture postgres) : IAsyncLifetime
{
    internal const string StructuresJson = """
        [
          {"id": "paix", "nom": "Paix", "date_maj": "2025-03-01", "adresse": "12 r. de la Paix BP 12", "code_postal": "35000",
           "code_insee": "35238", "commune": "Rennes", "longitude": -1.7, "latitude": 48.1},
          {"id": "inconnue", "nom": "Inconnue", "date_maj": "2025-03-01", "adresse": "99 rue Nulle Part", "code_postal": "35000",
           "code_insee": "35238", "commune": "Rennes"},
          {"id": "bourg", "nom": "Bourg", "date_maj": "2025-03-01", "adresse": "1 rue du Port", "code_postal": "29242", "commune": "Ouessant", "code_insee": "29155"},
          {"id": "sans-lieu", "nom": "Sans lieu", "date_maj": "2025-03-01", "adresse": "1 rue Haute"}
        ]
        """;

    internal static readonly FakeGeocode s_paix = new(0.93, "housenumber", "12 Rue de la Paix", "35000", "35238", "Rennes", -1.6781, 48.1117);

    private FakeGeocoderServer _geocoder = null!;

    public async Task InitializeAsync()
    {
        _geocoder = await FakeGeocoderServer.StartAsync();
        _geocoder.Know("12 rue de la Paix Rennes", s_paix);
        // A bare commune for a street address: found, but not accepted.
        _geocoder.Know("1 rue du Port 29242 Ouessant", new FakeGeocode(0.95, "municipality", "Ouessant", "29242", "29155", "Ouessant", -5.09, 48.46));
    }

    public async Task DisposeAsync() => await _geocoder.DisposeAsync();

    [Fact]
    public async Task Run_SendsCleanedAddressesByTheCsvContract()
    {
        var harness = await RunAsync();

        var batch = Assert.Single(_geocoder.Batches);
        Assert.Equal(["adresse", "code_postal", "commune"], batch.Columns);
        Assert.Equal("code_insee", batch.CityCode);
        Assert.Equal(3, batch.Rows.Count); // "sans-lieu" has neither postcode, commune code nor commune
        Assert.Equal("12 rue de la Paix", batch.Value(0, "adresse")); // BP removed, abbreviation expanded…
        Assert.Equal(string.Empty, batch.Value(0, "code_postal")); // …and the CEDEX-like postcode with the BP
        Assert.Equal("35238", batch.Value(0, "code_insee"));
        Assert.Equal("3|3|0|3|1|0",
            await Sql.ScalarAsync<string>(harness.Db, "SELECT concat_ws('|', records, queries, from_cache, sent, accepted, failed) FROM ops.geocoding_runs"));
    }

    [Fact]
    public async Task Run_PublishesAnAcceptedAnswerWithTheProducersValuesBesideIt()
    {
        var harness = await RunAsync();

        Assert.Equal("12 Rue de la Paix|35000|Rennes|35238|-1.6781|48.1117|geocodage",
            await harness.RowAsync("structures", "paix", "adresse, code_postal, commune, code_insee, longitude, latitude, adresse_provenance"));
        Assert.Equal("12 r. de la Paix BP 12|-1.7|0.93|housenumber",
            await harness.RowAsync("structures", "paix", "adresse_producteur->>'adresse', adresse_producteur->>'longitude', geocodage->>'score', geocodage->>'type'"));
    }

    [Fact]
    public async Task Run_KeepsTheProducersValuesWhenTheAnswerIsNotAccepted()
    {
        var harness = await RunAsync();

        // Not found: the producer's values, no answer to show.
        Assert.Equal("99 rue Nulle Part|∅|producteur|∅|∅",
            await harness.RowAsync("structures", "inconnue", "adresse, longitude, adresse_provenance, adresse_producteur, geocodage"));
        // A bare municipality for a street address: refused, but the answer is shown beside the producer's values.
        Assert.Equal("1 rue du Port|∅|producteur|municipality",
            await harness.RowAsync("structures", "bourg", "adresse, longitude, adresse_provenance, geocodage->>'type'"));
        // Nothing to geocode.
        Assert.Equal("1 rue Haute|producteur", await harness.RowAsync("structures", "sans-lieu", "adresse, coalesce(adresse_provenance, 'producteur')"));
    }

    [Fact]
    public async Task SecondRun_AnswersFromTheCacheWithoutAnotherRequest()
    {
        var harness = await RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Single(_geocoder.Batches);
        Assert.Equal("geocodage", await harness.RowAsync("structures", "paix", "adresse_provenance"));
        Assert.Equal("0|3", await Sql.ScalarAsync<string>(harness.Db,
            "SELECT concat_ws('|', sent, from_cache) FROM ops.geocoding_runs ORDER BY at DESC LIMIT 1"));
    }

    [Fact]
    public async Task ChangedInput_AndLowScoresOlderThanAWeek_AreAskedAgain()
    {
        var harness = await RunAsync();
        harness.Connector.StructuresJson = StructuresJson.Replace("12 r. de la Paix", "14 r. de la Paix", StringComparison.Ordinal);
        await Sql.ScalarAsync<int>(harness.Db,
            "WITH u AS (UPDATE ops.geocodages SET geocode_le = now() - interval '8 days' WHERE cle LIKE '99 rue Nulle Part%' RETURNING 1) SELECT count(*)::int FROM u");

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var second = _geocoder.Batches[1];
        Assert.Equal(["14 rue de la Paix", "99 rue Nulle Part"], second.Rows.Select((_, i) => second.Value(i, "adresse")).Order());
    }

    [Fact]
    public async Task AnArrondissementCitycode_IsPublishedAsItsCommuneWithTheArrondissementKept()
    {
        _geocoder.Know("10 rue de Lyon 75012 Paris", new FakeGeocode(0.97, "housenumber", "10 Rue de Lyon", "75012", "75112", "Paris", 2.373, 48.846));
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder);
        harness.Connector.StructuresJson = """
            [{"id": "lyon", "nom": "Rue de Lyon", "date_maj": "2025-03-01", "adresse": "10 rue de Lyon", "code_postal": "75012", "commune": "Paris"}]
            """;

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal("75056|75112|75|11|200054781|geocodage",
            await harness.RowAsync("structures", "lyon", "code_insee, code_arrondissement, code_departement, code_region, code_epci, adresse_provenance"));
    }

    private async Task<GeocodingHarness> RunAsync()
    {
        var harness = await GeocodingHarness.CreateAsync(postgres, _geocoder);
        harness.Connector.StructuresJson = StructuresJson;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        return harness;
    }
}
