using System.Text;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Sources.Tests.V1Feed;

public sealed class FeedFormatTests
{
    [Theory]
    [InlineData("application/json; charset=utf-8", "/x", "a,b", FeedFormat.Json)]
    [InlineData("text/plain", "/x.jsonl", "a", FeedFormat.NdJson)]
    [InlineData("application/octet-stream", "/download", "[{\"id\":1}]", FeedFormat.Json)]
    [InlineData(null, "/download", "{\"id\":1}\n{\"id\":2}\n", FeedFormat.NdJson)]
    [InlineData(null, "/download", "{\n  \"items\": []\n}", FeedFormat.Json)]
    [InlineData(null, "/download", "id,nom\n1,A\n", FeedFormat.Csv)]
    [InlineData(null, "/download", "PK\u0003\u0004rest", FeedFormat.Xlsx)]
    public void Detect_PrefersContentTypeThenExtensionThenContent(string? contentType, string path, string body, string expected) =>
        Assert.Equal(expected, FeedFormat.Detect(contentType?.Split(';')[0], path, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(FeedFormat.NdJson, "{\"id\":1}\n{\"id\":", "line 2")]
    [InlineData(FeedFormat.Json, "[{\"id\":1}", "not valid JSON")]
    [InlineData(FeedFormat.Xlsx, "id,nom", "not a zip")]
    [InlineData(FeedFormat.Csv, "<!DOCTYPE html><html>", "HTML page")]
    [InlineData(FeedFormat.Csv, "", "empty")]
    public void Check_IncompleteBody_SaysWhy(string mediaType, string body, string reason) =>
        Assert.Contains(reason, FeedFormat.Check(mediaType, Encoding.UTF8.GetBytes(body)), StringComparison.Ordinal);

    [Fact]
    public void Check_CompleteNdJson_IsAccepted() =>
        Assert.Null(FeedFormat.Check(FeedFormat.NdJson, Encoding.UTF8.GetBytes("{\"id\":1}\n\n{\"id\":2}\n")));
}
