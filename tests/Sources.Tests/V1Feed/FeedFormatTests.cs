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

    // Issue 8, bug 5: "UTF-8 with or without BOM" held for every format but NDJSON ('0xEF' is an invalid start of a value).
    [Fact]
    public void Check_NdJsonWithUtf8Bom_IsAccepted() =>
        Assert.Null(FeedFormat.Check(FeedFormat.NdJson, (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":1}\n{\"id\":2}\n")]));

    // Issue 8: one bad or deeply nested record is the mapper's finding on its line, not a reason to refuse the whole feed.
    [Fact]
    public void Check_BadOrDeepLineBetweenGoodOnes_IsAccepted()
    {
        var deep = new string('[', 500) + new string(']', 500);
        Assert.Null(FeedFormat.Check(FeedFormat.NdJson, Encoding.UTF8.GetBytes($"{{\"id\":1}}\n{{\"id\":\n{deep}\n{{\"id\":2}}\n")));
        Assert.Null(FeedFormat.Check(FeedFormat.Json, Encoding.UTF8.GetBytes($"[{{\"id\":1}}, {{\"nom\": {deep}}}]")));
    }

    [Fact]
    public void Check_NdJsonWithoutAnyJsonLine_IsRefused() =>
        Assert.Contains("not valid JSON", FeedFormat.Check(FeedFormat.NdJson, Encoding.UTF8.GetBytes("<html>\n<body>maintenance</body>\n</html>\n")), StringComparison.Ordinal);

    // Issue 8: feed files are checked as streams through a 64 KB buffer; records and tokens cut by a chunk's end must
    // still read whole, and a cut last line far into the file must still be found.
    [Fact]
    public void Check_LargeStreamedFeeds_TokensAcrossChunks_AndACutLastLine()
    {
        var record = $$"""{"id":"x","description":"{{new string('d', 30_000)}}"}""";
        var lines = string.Join("\n", Enumerable.Repeat(record, 10));
        Assert.Null(FeedFormat.Check(FeedFormat.NdJson, new OneWayStream(Encoding.UTF8.GetBytes(lines + "\n"))));
        Assert.Null(FeedFormat.Check(FeedFormat.Json, new OneWayStream(Encoding.UTF8.GetBytes("[" + lines.Replace("\n", ",", StringComparison.Ordinal) + "]"))));
        Assert.Contains("line 11", FeedFormat.Check(FeedFormat.NdJson, new OneWayStream(Encoding.UTF8.GetBytes(lines + "\n" + record[..1000]))), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", FeedFormat.Check(FeedFormat.Json, new OneWayStream(Encoding.UTF8.GetBytes("[" + record + "," + record))), StringComparison.Ordinal);
    }

    [Fact]
    public void DetectFile_WithoutExtension_LargerThanItsHead_TellsNdJsonFromMultiLineJson()
    {
        var directory = Directory.CreateTempSubdirectory("feed-format-");
        try
        {
            var record = $$"""{"id":"x","description":"{{new string('d', 1000)}}"}""";
            var ndjson = Path.Combine(directory.FullName, "ndjson");
            File.WriteAllText(ndjson, string.Join("\n", Enumerable.Repeat(record, 200)));
            var json = Path.Combine(directory.FullName, "json");
            File.WriteAllText(json, "{\n  \"items\": [\n" + string.Join(",\n", Enumerable.Repeat(record, 200)) + "]\n}");

            Assert.Equal((FeedFormat.NdJson, FeedFormat.Json), (FeedFormat.DetectFile(ndjson), FeedFormat.DetectFile(json)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Hands out at most 1,000 bytes per read and cannot seek, like a network stream.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1000)]);
    }
}
