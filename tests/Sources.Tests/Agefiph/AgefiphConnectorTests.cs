using System.Net;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Agefiph;
using DataInclusion.Sources.Agefiph;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Agefiph;

public sealed class AgefiphConnectorTests
{
    [Fact]
    public async Task FetchAsync_FollowsLinksNextForBothResources()
    {
        await using var server = await FakeAgefiphServer.StartAsync();
        server.PageLimit = 2;

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(["services", "services", "structures"], payloads.Select(p => p.Stream));
        Assert.Equal(3, payloads.Where(p => p.Stream == "services").Sum(p => Payloads.Count(p, "data")));
        Assert.Equal(2, Payloads.Count(payloads[2], "data"));
        Assert.All(payloads, p => Assert.Equal(FakeAgefiphServer.MediaType, p.MediaType));
        Assert.Equal("2", server.Requests[1].Query("page[offset]"));
        Assert.All(server.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.All(server.Requests, r => Assert.Equal(FakeAgefiphServer.MediaType, r.Header("Accept")));
    }

    [Fact]
    public async Task FetchAsync_JsonApiErrorThenSuccess_IsRetried()
    {
        await using var server = await FakeAgefiphServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError().On("contact"));

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_ErrorsExhausted_QuotesTheJsonApiErrors()
    {
        await using var server = await FakeAgefiphServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError(), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("unexpected error", error.Message, StringComparison.Ordinal);
        Assert.Equal("services", error.Stream);
    }

    private static AgefiphConnector Connector(FakeAgefiphServer server) => new(TestHttp.Client(), new AgefiphOptions { BaseUrl = server.BaseUri });
}
