using DataInclusion.Fakes;
using DataInclusion.Fakes.RechercheEntreprises;
using DataInclusion.Host.Enrichment;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Host.Tests.Enrichment;

/// <summary>
/// Issue 9 §1: closed establishments and head offices from Recherche d'entreprises (a local fake speaking its contract),
/// cached, and never failing a run, on a real PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CompanyLookupTests(PostgresFixture postgres)
{
    // Luhn-valid SIRETs: a closed antenna, its association's head office, an active antenna, one the API does not know.
    private const string Closed = "73282932000074";
    private const string HeadOffice = "73282932000017";
    private const string Active = "73282932000025";
    private const string Unknown = "35600000000048";
    private const string BadKey = "12345678912345";

    private static string Structures => "[" + string.Join(",", new[] { ("ferme", Closed), ("siege", HeadOffice), ("actif", Active), ("inconnu", Unknown), ("cle", BadKey), ("sans", (string?)null) }
        .Select(s => $$"""{"id": "{{s.Item1}}", "nom": "Structure {{s.Item1}}", "date_maj": "2025-03-01", "code_insee": "44109"{{(s.Item2 is null ? "" : $", \"siret\": \"{s.Item2}\"")}}}""")) + "]";

    private static async Task<(RunnerHarness Harness, FakeRechercheEntreprisesServer Api)> StartAsync(PostgresFixture postgres, TimeSpan? requestTimeout = null)
    {
        var api = await FakeRechercheEntreprisesServer.StartAsync();
        api.With(Closed, "F", siege: false).With(HeadOffice, "A", siege: true).With(Active, "A", siege: false);
        var options = Options(api, requestTimeout);
        var harness = await RunnerHarness.CreateAsync(postgres,
            establishments: dataSource => EstablishmentFlagsStep.Create(dataSource, options, TimeProvider.System, NullLoggerFactory.Instance));
        harness.Connector.StructuresJson = Structures;
        return (harness, api);
    }

    private static RechercheEntreprisesOptions Options(FakeRechercheEntreprisesServer api, TimeSpan? requestTimeout)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RechercheEntreprises:RequestsPerSecond"] = "50",
            ["RechercheEntreprises:RequestTimeout"] = (requestTimeout ?? TimeSpan.FromSeconds(10)).ToString(),
        }).Build();
        return RechercheEntreprisesOptions.From(configuration, name => name == RechercheEntreprisesOptions.UrlVariable ? api.BaseUri.ToString() : null)!;
    }

    private static Task<List<string>> FlagsAsync(string db) => Sql.ColumnAsync(db,
        "SELECT id || '|' || coalesce(etablissement_ferme::text, '-') || '|' || coalesce(est_siege::text, '-') FROM marts.structures ORDER BY id");

    [Fact]
    public async Task Run_FlagsClosedEstablishmentsAndHeadOffices_AndAsksOnlyForValidSirets()
    {
        var (harness, api) = await StartAsync(postgres);
        await using var _ = api;

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(
            ["test-feed--actif|false|false", "test-feed--cle|-|-", "test-feed--ferme|true|false", "test-feed--inconnu|-|-", "test-feed--sans|-|-", "test-feed--siege|false|true"],
            await FlagsAsync(harness.Db));
        Assert.Equal([Unknown, HeadOffice, Active, Closed], api.Requests.Select(r => r.Query("q")).Order(StringComparer.Ordinal));
        Assert.All(api.Requests, r => Assert.Equal("/search", r.Path));
    }

    [Fact]
    public async Task SecondRun_UsesTheCache()
    {
        var (harness, api) = await StartAsync(postgres);
        await using var _ = api;
        await harness.RunAsync();
        var asked = api.Requests.Count;

        var second = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, second.Status);
        Assert.Equal(asked, api.Requests.Count);
        Assert.Contains("test-feed--ferme|true|false", await FlagsAsync(harness.Db));
        Assert.Equal(4L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.etablissements"));
    }

    [Fact]
    public async Task Failures_NeverFailTheRun_AreNotCached_AndAreAskedAgainNextRun()
    {
        var (harness, api) = await StartAsync(postgres, requestTimeout: TimeSpan.FromMilliseconds(500));
        await using var _ = api;
        api.Faults.Enqueue(Fault.TooManyRequests().On(Closed));
        api.Faults.Enqueue(Fault.ServerError().On(HeadOffice));
        api.Faults.Enqueue(Fault.MalformedJson().On(Active));
        api.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(5)).On(Unknown));

        var first = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, first.Status);
        Assert.Equal(6, first.Counts.Published);
        Assert.All(await FlagsAsync(harness.Db), row => Assert.EndsWith("|-|-", row, StringComparison.Ordinal));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.etablissements"));

        var second = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, second.Status);
        Assert.Contains("test-feed--ferme|true|false", await FlagsAsync(harness.Db));
        Assert.Contains("test-feed--siege|false|true", await FlagsAsync(harness.Db));
    }

    [Fact]
    public async Task UnreachableApi_LeavesTheFlagsNull_AndPublishes()
    {
        var api = await FakeRechercheEntreprisesServer.StartAsync();
        var options = Options(api, TimeSpan.FromSeconds(2));
        await api.DisposeAsync(); // nothing listens on its port any more
        var harness = await RunnerHarness.CreateAsync(postgres,
            establishments: dataSource => EstablishmentFlagsStep.Create(dataSource, options, TimeProvider.System, NullLoggerFactory.Instance));
        harness.Connector.StructuresJson = Structures;

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(6, result.Counts.Published);
    }

    [Fact]
    public void Options_AreNullWithoutTheUrl()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Null(RechercheEntreprisesOptions.From(configuration, _ => null));
        Assert.Null(RechercheEntreprisesOptions.From(configuration, _ => " "));
        Assert.Equal(7, RechercheEntreprisesOptions.From(configuration, _ => "https://recherche-entreprises.api.gouv.fr")!.RequestsPerSecond);
    }

    [Fact]
    public async Task GraphQL_ExposesBothFlagsOnStructure()
    {
        var (harness, api) = await StartAsync(postgres);
        await using var _ = api;
        await harness.RunAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(harness.Db);

        var data = await Api.MartsSchema.DataAsync(Api.MartsSchema.Build(dataSource),
            """{ f: structure(id: "test-feed--ferme") { etablissementFerme estSiege } s: structure(id: "test-feed--siege") { etablissementFerme estSiege } }""");

        Assert.True(data.GetProperty("f").GetProperty("etablissementFerme").GetBoolean());
        Assert.False(data.GetProperty("f").GetProperty("estSiege").GetBoolean());
        Assert.True(data.GetProperty("s").GetProperty("estSiege").GetBoolean());
    }
}
