using System.Net;
using DataInclusion.Fakes;
using DataInclusion.Fakes.V1Feed;
using DataInclusion.Sources.Tests.TestSupport;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Sources.Tests.V1Feed;

public sealed class V1FeedConnectorTests
{
    [Theory]
    [InlineData("feeds/structures.json", "application/json")]
    [InlineData("feeds/structures.ndjson", "application/x-ndjson")]
    [InlineData("feeds/services.csv", "text/csv")]
    [InlineData("feeds/structures.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("download?table=services", "text/csv")]
    [InlineData("octet/services.csv", "text/csv")]
    public async Task FetchAsync_Url_KeepsTheBytesWithTheRightMediaType(string path, string mediaType)
    {
        await using var server = await FakeFeedServer.StartAsync();
        var options = Options("services", new Uri(server.BaseUri, path).AbsoluteUri);

        var payload = Assert.Single(await new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None));

        Assert.Equal("services", payload.Stream);
        Assert.Equal(mediaType, payload.MediaType);
        Assert.Equal(server.Files[new Uri(server.BaseUri, path).AbsolutePath].Body, payload.Content);
    }

    [Fact]
    public async Task FetchAsync_BothStreams_InConfiguredOrderWithBearer()
    {
        await using var server = await FakeFeedServer.StartAsync(bearerToken: "grist-key");
        var options = Options("structures", new Uri(server.BaseUri, "feeds/structures.json").AbsoluteUri);
        options.Streams["services"] = new Uri(server.BaseUri, "feeds/services.ndjson").AbsoluteUri;
        options.Token = "grist-key";

        var payloads = await new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None);

        Assert.Equal(["structures", "services"], payloads.Select(p => p.Stream));
        Assert.All(server.Requests, r => Assert.Equal("Bearer grist-key", r.Header("Authorization")));
    }

    [Fact]
    public async Task FetchAsync_MissingBearer_FailsWithThe401()
    {
        await using var server = await FakeFeedServer.StartAsync(bearerToken: "grist-key");
        var options = Options("structures", new Uri(server.BaseUri, "feeds/structures.json").AbsoluteUri);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("\"Unauthorized\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultKind.TruncatedBody)]
    [InlineData(FaultKind.MalformedJson)]
    [InlineData(FaultKind.ServerError)]
    public async Task FetchAsync_TransientFault_IsRetried(FaultKind kind)
    {
        await using var server = await FakeFeedServer.StartAsync();
        server.Faults.Enqueue(new Fault(kind));
        var options = Options("structures", new Uri(server.BaseUri, "feeds/structures.json").AbsoluteUri);

        var payload = Assert.Single(await new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None));

        Assert.Equal(server.Files["/feeds/structures.json"].Body, payload.Content);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_HtmlPage_FailsAtOnce()
    {
        await using var server = await FakeFeedServer.StartAsync();
        server.Files["/login"] = FakeResponse.Html(200, "<!DOCTYPE html><html><body>Connexion</body></html>");
        var options = Options("structures", new Uri(server.BaseUri, "login").AbsoluteUri);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None));

        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_LocalFiles_AreReadWithTheirMediaType()
    {
        var directory = Directory.CreateTempSubdirectory("v1feed-");
        try
        {
            var json = Path.Combine(directory.FullName, "structures.json");
            var csv = Path.Combine(directory.FullName, "services.csv");
            await File.WriteAllTextAsync(json, """[{"id":"s1","nom":"Structure"}]""");
            await File.WriteAllBytesAsync(csv, FeedFiles.Csv(FakeFeedServer.SampleServices));
            var options = Options("structures", json);
            options.Streams["services"] = new Uri(csv).AbsoluteUri;

            var payloads = await new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None);

            Assert.Equal(["application/json", "text/csv"], payloads.Select(p => p.MediaType));
            Assert.Equal(new Uri(json), payloads[0].Url);
            // Issue 8: a local file is referenced, not loaded; its body is read from there as a stream.
            Assert.Equal((csv, 0), (payloads[1].ContentPath, payloads[1].Content.Length));
            await using var body = payloads[1].OpenRead();
            using var copy = new MemoryStream();
            await body.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(csv), copy.ToArray());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task FetchAsync_MissingLocalFile_FailsNamingIt()
    {
        var options = Options("structures", "/nonexistent/feeds/structures.json");

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => new V1FeedConnector(TestHttp.Client(), options).FetchAsync(CancellationToken.None));

        Assert.Contains("/nonexistent/feeds/structures.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_UsesTheSourcePrefix()
    {
        var variables = new Dictionary<string, string>
        {
            ["ACTION_LOGEMENT_STRUCTURES_URL"] = "https://example.org/s.csv",
            ["ACTION_LOGEMENT_SERVICES_URL"] = "/data/services.csv",
            ["ACTION_LOGEMENT_API_TOKEN"] = "k",
            ["ACTION_LOGEMENT_CLASSEUR_URL"] = "",
        };

        var options = V1FeedOptions.FromEnvironment("action-logement", variables.GetValueOrDefault);

        Assert.Equal("action-logement", options.Source);
        Assert.Equal("https://example.org/s.csv", options.Streams["structures"]);
        Assert.Equal("/data/services.csv", options.Streams["services"]);
        Assert.Equal("k", options.Token);
        Assert.False(options.Streams.ContainsKey("classeur"));
    }

    private static V1FeedOptions Options(string stream, string location)
    {
        var options = new V1FeedOptions { Source = "action-logement" };
        options.Streams[stream] = location;
        return options;
    }
}
