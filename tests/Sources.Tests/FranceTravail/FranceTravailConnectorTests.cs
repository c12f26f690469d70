using System.Net;
using System.Text;
using DataInclusion.Fakes;
using DataInclusion.Fakes.FranceTravail;
using DataInclusion.Sources.FranceTravail;
using DataInclusion.Sources.Tests.TestSupport;
using Microsoft.AspNetCore.WebUtilities;

namespace DataInclusion.Sources.Tests.FranceTravail;

public sealed class FranceTravailConnectorTests
{
    [Fact]
    public async Task FetchAsync_GetsATokenThenAgencesThenTheServicesCsv()
    {
        await using var server = await FakeFranceTravailServer.StartAsync();

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(["agences", "services"], payloads.Select(p => p.Stream));
        Assert.Equal(["application/json", "text/csv"], payloads.Select(p => p.MediaType));
        Assert.Equal(2, Payloads.Count(payloads[0], arrayProperty: null));
        Assert.StartsWith("id,date_maj,nom,", Encoding.UTF8.GetString(payloads[1].Content), StringComparison.Ordinal);
        Assert.Equal(
            [FakeFranceTravailServer.TokenPath, FakeFranceTravailServer.AgencesPath, FakeFranceTravailServer.ServicesPath],
            server.Requests.Select(r => r.Path));
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(server.Requests[0].Body));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal($"application_{FakeFranceTravailServer.DefaultClientId} api_referentielagencesv1 organisationpe", form["scope"]);
        Assert.Equal("Bearer " + server.AccessToken, server.Requests[1].Header("Authorization"));
        Assert.Equal("true", server.Requests[1].Query("horaire"));
        Assert.Equal("Bearer " + FakeFranceTravailServer.DefaultGristToken, server.Requests[2].Header("Authorization"));
    }

    [Fact]
    public async Task FetchAsync_TokenEndpointDown_IsRetriedThenWorks()
    {
        await using var server = await FakeFranceTravailServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError().On(FakeFranceTravailServer.TokenPath));
        server.Faults.Enqueue(Fault.TruncatedBody().On("download/csv"));

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_WrongSecret_FailsWithTheOAuthDescriptionButNotTheSecret()
    {
        await using var server = await FakeFranceTravailServer.StartAsync();
        server.ClientSecret = "rotated";

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Client authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeFranceTravailServer.DefaultClientSecret, error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_WithoutServicesUrl_ReturnsAgencesOnly()
    {
        await using var server = await FakeFranceTravailServer.StartAsync();
        var options = Options(server);
        options.ServicesUrl = null;

        var payloads = await new FranceTravailConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None);

        Assert.Equal("agences", Assert.Single(payloads).Stream);
    }

    [Fact]
    public void FromEnvironment_SplitsClientIdAndSecret()
    {
        var options = FranceTravailOptions.FromEnvironment(name => name switch
        {
            "FRANCE_TRAVAIL_API_TOKEN" => "PAR_app:secret:with:colons",
            "GRIST_API_TOKEN" => "g",
            _ => null,
        });

        Assert.Equal("PAR_app", options.ClientId);
        Assert.Equal("secret:with:colons", options.ClientSecret);
        Assert.Equal("g", options.GristToken);
        Assert.Equal("tableId=Services", options.ServicesUrl!.Query.TrimStart('?'));
    }

    private static FranceTravailConnector Connector(FakeFranceTravailServer server) => new(TestHttp.Client(), Options(server));

    private static FranceTravailOptions Options(FakeFranceTravailServer server) => new()
    {
        TokenUrl = new Uri(server.BaseUri, FakeFranceTravailServer.TokenPath + "?realm=/partenaire"),
        ApiBaseUrl = server.BaseUri,
        ClientId = FakeFranceTravailServer.DefaultClientId,
        ClientSecret = FakeFranceTravailServer.DefaultClientSecret,
        ServicesUrl = new Uri(server.BaseUri, FakeFranceTravailServer.ServicesPath + "?tableId=Services"),
        GristToken = FakeFranceTravailServer.DefaultGristToken,
    };
}
