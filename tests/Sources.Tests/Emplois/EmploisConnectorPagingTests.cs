using System.Text.Json;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.Http;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Emplois;

public sealed class EmploisConnectorPagingTests
{
    [Fact]
    public async Task FetchAsync_FollowsNextThroughEveryPageOfBothStreams()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.AddGeneratedRows("siae", 5);
        var connector = Connector(server, pageSize: 4);

        var payloads = await connector.FetchAsync(CancellationToken.None);

        // 11 SIAE rows in pages of 4, then 6 organisations in pages of 4.
        Assert.Equal(["siaes", "siaes", "siaes", "organisations", "organisations"], payloads.Select(p => p.Stream));
        Assert.Equal(11, payloads.Where(p => p.Stream == "siaes").Sum(ResultCount));
        Assert.Equal(6, payloads.Where(p => p.Stream == "organisations").Sum(ResultCount));
        Assert.Equal(new Uri(server.BaseUri, "api/v1/data-inclusion/?type=siae&page_size=4"), payloads[0].Url);
        Assert.Equal(new Uri(server.BaseUri, "api/v1/data-inclusion/?page=3&page_size=4&type=siae"), payloads[2].Url);
        Assert.All(payloads, p => Assert.Equal("application/json", p.MediaType));
        var ids = payloads.SelectMany(Ids).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task FetchAsync_SendsTokenAuthJsonAcceptAndGzip()
    {
        await using var server = await FakeEmploisServer.StartAsync();

        await Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request =>
        {
            Assert.Equal("GET", request.Method);
            Assert.Equal(FakeEmploisServer.EndpointPath, request.Path);
            Assert.Equal("Token " + FakeEmploisServer.DefaultToken, request.Header("Authorization"));
            Assert.Contains("application/json", request.Header("Accept"), StringComparison.Ordinal);
            Assert.Contains("gzip", request.Header("Accept-Encoding"), StringComparison.Ordinal);
            Assert.Equal("1000", request.Query("page_size"));
        });
        Assert.Equal(["siae", "orga"], server.Requests.Select(r => r.Query("type")));
    }

    [Fact]
    public async Task FetchAsync_KeepsTheBodyAsReceivedAfterGzipDecoding()
    {
        await using var server = await FakeEmploisServer.StartAsync();

        var payloads = await Connector(server).FetchAsync(CancellationToken.None);

        using var document = JsonDocument.Parse(payloads[0].Content);
        var first = document.RootElement.GetProperty("results")[0];
        Assert.Equal("Nord Services Propreté", first.GetProperty("nom").GetString());
        Assert.Equal(new Uri(server.BaseUri, "company/118/card").AbsoluteUri, first.GetProperty("lien_source").GetString());
    }

    [Fact]
    public async Task FetchAsync_NextLinkOnAnotherHost_FailsWithoutFollowingIt()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.NextLinkOrigin = new Uri("http://evil.example/");

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(server, pageSize: 2).FetchAsync(CancellationToken.None));

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
        Assert.Equal("siaes", error.Stream);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_WithoutToken_FailsBeforeAnyRequest()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        var connector = new EmploisConnector(TestHttp.Client(), new EmploisOptions { BaseUrl = server.BaseUri, Token = " " });

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Contains("EMPLOIS_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("https://emplois.inclusion.beta.gouv.fr")]
    [InlineData("https://emplois.inclusion.beta.gouv.fr/")]
    [InlineData("https://emplois.inclusion.beta.gouv.fr/api/v1/")]
    [InlineData("https://emplois.inclusion.beta.gouv.fr/api/v1/data-inclusion")]
    public void EndpointUrl_AcceptsSiteRootOrApiRoot(string baseUrl) =>
        Assert.Equal(
            "https://emplois.inclusion.beta.gouv.fr/api/v1/data-inclusion/",
            EmploisConnector.EndpointUrl(new Uri(baseUrl)).AbsoluteUri);

    [Fact]
    public void FromEnvironment_ReadsUrlAndToken()
    {
        var variables = new Dictionary<string, string> { ["EMPLOIS_API_URL"] = "http://127.0.0.1:5000", ["EMPLOIS_API_TOKEN"] = "abc" };

        var options = EmploisOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal(new Uri("http://127.0.0.1:5000"), options.BaseUrl);
        Assert.Equal("abc", options.Token);
        Assert.Equal(1000, options.PageSize);
    }

    internal static EmploisConnector Connector(FakeEmploisServer server, int pageSize = 1000, HttpSourceOptions? options = null, TimeProvider? time = null) =>
        new(TestHttp.Client(options, time), new EmploisOptions { BaseUrl = server.BaseUri, Token = server.Token, PageSize = pageSize });

    private static int ResultCount(RawPayload payload)
    {
        using var document = JsonDocument.Parse(payload.Content);
        return document.RootElement.GetProperty("results").GetArrayLength();
    }

    private static IEnumerable<string> Ids(RawPayload payload)
    {
        using var document = JsonDocument.Parse(payload.Content);
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(row => row.GetProperty("id").GetString()!)];
    }
}
