using System.Net;
using DataInclusion.Fakes;
using DataInclusion.Fakes.MediationNumerique;
using DataInclusion.Sources.Http;
using DataInclusion.Sources.MediationNumerique;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.MediationNumerique;

public sealed class MediationNumeriqueConnectorTests
{
    [Fact]
    public async Task FetchAsync_GetsTheWholeCartoWithBearer()
    {
        await using var server = await FakeMediationNumeriqueServer.StartAsync();

        var payload = Assert.Single(await Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal("structures", payload.Stream);
        Assert.Equal(new Uri(server.BaseUri, "carto"), payload.Url);
        Assert.Equal(2, Payloads.Count(payload, arrayProperty: null));
        Assert.Equal("Bearer " + FakeMediationNumeriqueServer.DefaultToken, Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task FetchAsync_SlowThenCutAnswer_IsRetried()
    {
        await using var server = await FakeMediationNumeriqueServer.StartAsync();
        server.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)));
        server.Faults.Enqueue(Fault.TruncatedBody());
        var options = TestHttp.FastOptions(attemptTimeoutSeconds: 1.5);

        var payload = Assert.Single(await Connector(server, options).FetchAsync(CancellationToken.None));

        Assert.Equal(2, Payloads.Count(payload, arrayProperty: null));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_WrongToken_FailsQuotingTheServer()
    {
        await using var server = await FakeMediationNumeriqueServer.StartAsync();
        var connector = Connector(server);
        server.Token = "renewed";

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Jeton d'accès invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_ReadsUrlAndToken()
    {
        var options = MediationNumeriqueOptions.FromEnvironment(name => name == "MEDIATION_NUMERIQUE_API_TOKEN" ? "x" : null);

        Assert.Equal(new Uri("https://api.inclusion-numerique.anct.gouv.fr"), options.BaseUrl);
        Assert.Equal("x", options.Token);
    }

    private static MediationNumeriqueConnector Connector(FakeMediationNumeriqueServer server, HttpSourceOptions? options = null) =>
        new(TestHttp.Client(options), new MediationNumeriqueOptions { BaseUrl = server.BaseUri, Token = server.Token });
}
