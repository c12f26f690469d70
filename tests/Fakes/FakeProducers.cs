using DataInclusion.Fakes.Agefiph;
using DataInclusion.Fakes.Cd35;
using DataInclusion.Fakes.Dora;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Fakes.FranceTravail;
using DataInclusion.Fakes.MediationNumerique;
using DataInclusion.Fakes.Soliguide;
using DataInclusion.Fakes.V1Feed;

namespace DataInclusion.Fakes;

/// <summary>
/// Every producer's fake at once, with the environment variables that point the connectors at them
/// (the names of <c>src/Sources/README.md</c>): for end-to-end tests of the host and the CLI.
/// </summary>
public sealed class FakeProducers : IAsyncDisposable
{
    /// <summary>The slug served by <see cref="Feed"/> as a schema-v1 producer.</summary>
    public const string FeedSource = "action-logement";

    private FakeProducers(
        FakeEmploisServer emplois,
        FakeDoraServer dora,
        FakeSoliguideServer soliguide,
        FakeMediationNumeriqueServer mediationNumerique,
        FakeFranceTravailServer franceTravail,
        FakeAgefiphServer agefiph,
        FakeCd35Server cd35,
        FakeFeedServer feed)
    {
        Emplois = emplois;
        Dora = dora;
        Soliguide = soliguide;
        MediationNumerique = mediationNumerique;
        FranceTravail = franceTravail;
        Agefiph = agefiph;
        Cd35 = cd35;
        Feed = feed;
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EMPLOIS_API_URL"] = emplois.BaseUri.AbsoluteUri,
            ["EMPLOIS_API_TOKEN"] = emplois.Token,
            ["DORA_API_URL"] = dora.BaseUri.AbsoluteUri,
            ["DORA_API_TOKEN"] = dora.Token,
            ["SOLIGUIDE_API_URL"] = soliguide.BaseUri.AbsoluteUri,
            ["SOLIGUIDE_API_TOKEN"] = soliguide.Token,
            ["MEDIATION_NUMERIQUE_API_URL"] = mediationNumerique.BaseUri.AbsoluteUri,
            ["MEDIATION_NUMERIQUE_API_TOKEN"] = mediationNumerique.Token,
            ["FRANCE_TRAVAIL_API_URL"] = franceTravail.BaseUri.AbsoluteUri,
            ["FRANCE_TRAVAIL_TOKEN_URL"] = new Uri(franceTravail.BaseUri, FakeFranceTravailServer.TokenPath + "?realm=/partenaire").AbsoluteUri,
            ["FRANCE_TRAVAIL_API_TOKEN"] = $"{franceTravail.ClientId}:{franceTravail.ClientSecret}",
            ["FRANCE_TRAVAIL_SERVICES_URL"] = new Uri(franceTravail.BaseUri, FakeFranceTravailServer.ServicesPath + "?tableId=Services").AbsoluteUri,
            ["GRIST_API_TOKEN"] = franceTravail.GristToken,
            ["AGEFIPH_API_URL"] = agefiph.BaseUri.AbsoluteUri,
            ["CD35_API_URL"] = cd35.LayerUrl.AbsoluteUri,
            ["ACTION_LOGEMENT_STRUCTURES_URL"] = new Uri(feed.BaseUri, "feeds/structures.csv").AbsoluteUri,
            ["ACTION_LOGEMENT_SERVICES_URL"] = new Uri(feed.BaseUri, "feeds/services.csv").AbsoluteUri,
        };
    }

    public FakeEmploisServer Emplois { get; }

    public FakeDoraServer Dora { get; }

    public FakeSoliguideServer Soliguide { get; }

    public FakeMediationNumeriqueServer MediationNumerique { get; }

    public FakeFranceTravailServer FranceTravail { get; }

    public FakeAgefiphServer Agefiph { get; }

    public FakeCd35Server Cd35 { get; }

    public FakeFeedServer Feed { get; }

    /// <summary>Variable name → value; pass <c>Environment.GetValueOrDefault</c> as the connectors' variable reader.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static async Task<FakeProducers> StartAsync(CancellationToken ct = default) =>
        new(
            await FakeEmploisServer.StartAsync(ct: ct),
            await FakeDoraServer.StartAsync(ct: ct),
            await FakeSoliguideServer.StartAsync(ct: ct),
            await FakeMediationNumeriqueServer.StartAsync(ct: ct),
            await FakeFranceTravailServer.StartAsync(ct),
            await FakeAgefiphServer.StartAsync(ct),
            await FakeCd35Server.StartAsync(ct),
            await FakeFeedServer.StartAsync(ct: ct));

    public async ValueTask DisposeAsync()
    {
        FakeServerBase[] servers = [Emplois, Dora, Soliguide, MediationNumerique, FranceTravail, Agefiph, Cd35, Feed];
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
    }
}
