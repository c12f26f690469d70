using DataInclusion.Fakes;
using DataInclusion.Sources.Agefiph;
using DataInclusion.Sources.Cd35;
using DataInclusion.Sources.Dora;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.FranceTravail;
using DataInclusion.Sources.MediationNumerique;
using DataInclusion.Sources.Soliguide;
using DataInclusion.Sources.Tests.TestSupport;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Sources.Tests;

public sealed class AllConnectorsTests
{
    [Fact]
    public async Task EveryConnector_BuiltFromTheDocumentedEnvironment_FetchesItsFake()
    {
        await using var producers = await FakeProducers.StartAsync();
        var env = producers.Environment;
        var http = TestHttp.Client();
        ISourceConnector[] connectors =
        [
            new EmploisConnector(http, EmploisOptions.FromEnvironment(env.GetValueOrDefault)),
            new DoraConnector(http, DoraOptions.FromEnvironment(env.GetValueOrDefault)),
            new SoliguideConnector(http, SoliguideOptions.FromEnvironment(env.GetValueOrDefault)),
            new MediationNumeriqueConnector(http, MediationNumeriqueOptions.FromEnvironment(env.GetValueOrDefault)),
            new FranceTravailConnector(http, FranceTravailOptions.FromEnvironment(env.GetValueOrDefault)),
            new AgefiphConnector(http, AgefiphOptions.FromEnvironment(env.GetValueOrDefault)),
            new Cd35Connector(http, Cd35Options.FromEnvironment(env.GetValueOrDefault)),
            new V1FeedConnector(http, V1FeedOptions.FromEnvironment(FakeProducers.FeedSource, env.GetValueOrDefault)),
        ];

        var streams = new Dictionary<string, string[]>();
        foreach (var connector in connectors)
        {
            var payloads = await connector.FetchAsync(CancellationToken.None);
            Assert.All(payloads, p => Assert.NotEmpty(p.Content));
            streams[connector.Source] = [.. payloads.Select(p => p.Stream).Distinct()];
        }

        Assert.Equal(["siaes", "organisations"], streams["emplois-de-linclusion"]);
        Assert.Equal(["structures", "services"], streams["dora"]);
        Assert.Equal(["lieux"], streams["soliguide"]);
        Assert.Equal(["structures"], streams["mediation-numerique"]);
        Assert.Equal(["agences", "services"], streams["france-travail"]);
        Assert.Equal(["services", "structures"], streams["agefiph"]);
        Assert.Equal(["organisations"], streams["cd35"]);
        Assert.Equal(["structures", "services"], streams["action-logement"]);
    }
}
