using System.Net;
using System.Text.Json;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Soliguide;
using DataInclusion.Sources.Soliguide;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Soliguide;

public sealed class SoliguideConnectorTests
{
    [Fact]
    public async Task FetchAsync_PostsEachPageUntilNbResultsIsCovered()
    {
        await using var server = await FakeSoliguideServer.StartAsync();

        var payloads = await Connector(server, pageSize: 2).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.All(payloads, p => Assert.Equal("lieux", p.Stream));
        Assert.Equal(3, payloads.Sum(p => Payloads.Count(p, "places")));
        Assert.Equal(["12031", "48211", "50377"], payloads.SelectMany(p => Payloads.Strings(p, "places", "lieu_id")));
        Assert.Equal("#page=2", payloads[1].Url.Fragment);
        Assert.All(server.Requests, request =>
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal("/new-search", request.Path);
            Assert.Equal("JWT " + FakeSoliguideServer.DefaultToken, request.Header("Authorization"));
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        });
        Assert.Equal([1, 2], server.Requests.Select(r => Body(r).GetProperty("options").GetProperty("page").GetInt32()));
        Assert.All(server.Requests, r => Assert.Equal(2, Body(r).GetProperty("options").GetProperty("limit").GetInt32()));
        Assert.Equal("pays", Body(server.Requests[0]).GetProperty("location").GetProperty("geoType").GetString());
    }

    [Fact]
    public async Task FetchAsync_WaitsThePageDelayBetweenPages()
    {
        await using var server = await FakeSoliguideServer.StartAsync();
        var time = new RecordingTimeProvider(shortenFrom: TimeSpan.FromSeconds(9));

        await Connector(server, pageSize: 1, time: time).FetchAsync(CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, time.Requested.Count(delay => delay == TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task FetchAsync_OnePageWhenTheLimitCoversEverything()
    {
        await using var server = await FakeSoliguideServer.StartAsync();

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Single(payloads);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_ThrottledSecondPage_IsRetried()
    {
        await using var server = await FakeSoliguideServer.StartAsync();
        server.Faults.Enqueue(Fault.TooManyRequests("0"));
        server.Faults.Enqueue(Fault.TruncatedBody());

        var payloads = await Connector(server, pageSize: 2).FetchAsync(CancellationToken.None);

        Assert.Equal(3, payloads.Sum(p => Payloads.Count(p, "places")));
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_BadJwt_Fails()
    {
        await using var server = await FakeSoliguideServer.StartAsync();
        var connector = Connector(server);
        server.Token = "another";

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("UNAUTHORIZED_USER", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSoliguideServer.DefaultToken, error.Message, StringComparison.Ordinal);
    }

    private static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    private static SoliguideConnector Connector(FakeSoliguideServer server, int pageSize = 50_000, TimeProvider? time = null) =>
        new(
            TestHttp.Client(time: time ?? new RecordingTimeProvider(shortenFrom: TimeSpan.FromSeconds(9))),
            new SoliguideOptions { BaseUrl = server.BaseUri, Token = server.Token, PageSize = pageSize, PageDelay = TimeSpan.FromSeconds(10) });
}
