using System.Net;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Dora;
using DataInclusion.Sources.Dora;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Dora;

public sealed class DoraConnectorTests
{
    [Fact]
    public async Task FetchAsync_PagesThroughStructuresThenServices()
    {
        await using var server = await FakeDoraServer.StartAsync();

        var payloads = await Connector(server, pageSize: 2).FetchAsync(CancellationToken.None);

        Assert.Equal(["structures", "structures", "services", "services"], payloads.Select(p => p.Stream));
        Assert.Equal(3, payloads.Where(p => p.Stream == "structures").Sum(p => Payloads.Count(p)));
        Assert.Equal(3, payloads.Where(p => p.Stream == "services").Sum(p => Payloads.Count(p)));
        Assert.Equal(new Uri(server.BaseUri, "api/v2/structures/?page_size=2"), payloads[0].Url);
        Assert.Equal(new Uri(server.BaseUri, "api/v2/services/?page=2&page_size=2"), payloads[3].Url);
        Assert.All(server.Requests, r => Assert.Equal("Token " + FakeDoraServer.DefaultToken, r.Header("Authorization")));
    }

    [Fact]
    public async Task FetchAsync_ServerErrorOnALaterPage_IsRetried()
    {
        await using var server = await FakeDoraServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError().On("services/?page=2"), times: 2);

        var payloads = await Connector(server, pageSize: 2).FetchAsync(CancellationToken.None);

        Assert.Equal(4, payloads.Count);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_UnknownToken_FailsQuotingDrf()
    {
        await using var server = await FakeDoraServer.StartAsync();
        var connector = Connector(server);
        server.Token = "rotated";

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("\"Token non valide.\"", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_ApiRootAsBaseUrl_IsAccepted()
    {
        await using var server = await FakeDoraServer.StartAsync();
        var options = new DoraOptions { BaseUrl = new Uri(server.BaseUri, "api/v2"), Token = server.Token };

        var payloads = await new DoraConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
    }

    [Fact]
    public void FromEnvironment_ReadsUrlAndToken()
    {
        var options = DoraOptions.FromEnvironment(name => name switch
        {
            "DORA_API_URL" => "http://127.0.0.1:1234",
            "DORA_API_TOKEN" => "t",
            _ => null,
        });

        Assert.Equal(new Uri("http://127.0.0.1:1234"), options.BaseUrl);
        Assert.Equal("t", options.Token);
    }

    private static DoraConnector Connector(FakeDoraServer server, int pageSize = 1000) =>
        new(TestHttp.Client(), new DoraOptions { BaseUrl = server.BaseUri, Token = server.Token, PageSize = pageSize });
}
