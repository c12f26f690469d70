using System.Text;
using DataInclusion.Fakes;
using DataInclusion.Fakes.V1Feed;
using DataInclusion.Sources.Http;
using DataInclusion.Sources.Tests.TestSupport;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Sources.Tests.V1Feed;

/// <summary>Issue 8 fault catalogue: a body past <c>Sources__Http__MaxPayloadBytes</c> fails at once, over HTTP or from disk.</summary>
public sealed class PayloadCapTests
{
    [Theory]
    [InlineData(100, "100")] // the gzipped Content-Length already exceeds the cap
    [InlineData(10_000, "10,000")] // only the decoded bytes do: counted while reading
    public async Task FetchAsync_BodyOverTheCap_FailsAtOnceWithoutRetry_NamingTheSetting(long cap, string shown)
    {
        await using var server = await FakeFeedServer.StartAsync();
        var records = string.Join(',', Enumerable.Repeat("""{"id":"a","nom":"Une structure"}""", 3000));
        server.Files["/big.json"] = FakeResponse.Json(200, Encoding.UTF8.GetBytes($"[{records}]"));

        var failure = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(cap, new Uri(server.BaseUri, "big.json").AbsoluteUri).FetchAsync(CancellationToken.None));

        Assert.Contains($"more than the {shown} bytes allowed (Sources__Http__MaxPayloadBytes)", failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_LocalFileOverTheCap_Fails_NamingTheSetting()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, new byte[101]);
        try
        {
            var failure = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(100, path).FetchAsync(CancellationToken.None));

            Assert.Contains("101 bytes, more than the 100 bytes allowed (Sources__Http__MaxPayloadBytes)", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static V1FeedConnector Connector(long cap, string location)
    {
        HttpSourceOptions limits = TestHttp.FastOptions();
        limits.MaxPayloadBytes = cap;
        var options = new V1FeedOptions { Source = "action-logement" };
        options.Streams["structures"] = location;
        return new V1FeedConnector(TestHttp.Client(limits), options);
    }
}
