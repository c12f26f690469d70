using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.V1Feed;

/// <summary>
/// Serves files at fixed paths, optionally behind <c>Authorization: Bearer</c>: the shape of a schema-v1 feed
/// (JSON dump, NDJSON, Grist CSV export, XLSX).
/// </summary>
public sealed class FakeFeedServer : FakeServerBase
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FakeFeedServer(string? bearerToken) => BearerToken = bearerToken;

    /// <summary>Path (e.g. <c>/feeds/structures.json</c>) → answer.</summary>
    public ConcurrentDictionary<string, FakeResponse> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, requests must carry <c>Authorization: Bearer</c> with it.</summary>
    public string? BearerToken { get; set; }

    public static IReadOnlyList<JsonNode> SampleStructures => Sample("v1/structures.json");

    public static IReadOnlyList<JsonNode> SampleServices => Sample("v1/services.json");

    public static async Task<FakeFeedServer> StartAsync(string? bearerToken = null, CancellationToken ct = default)
    {
        var server = new FakeFeedServer(bearerToken);
        server.PublishSamples();
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>
    /// <c>/feeds/{structures,services}.{json,ndjson,csv,xlsx}</c>, plus <c>/download?table=services</c> (CSV with no
    /// extension, as Grist serves it) and <c>/octet/services.csv</c> served as <c>application/octet-stream</c>.
    /// </summary>
    public void PublishSamples()
    {
        foreach (var (stream, rows) in (ReadOnlySpan<(string, IReadOnlyList<JsonNode>)>)[("structures", SampleStructures), ("services", SampleServices)])
        {
            Files[$"/feeds/{stream}.json"] = FakeResponse.Json(200, new JsonArray([.. rows.Select(r => r.DeepClone())]).ToJsonString(DrfPaging.CompactJson));
            Files[$"/feeds/{stream}.ndjson"] = new FakeResponse(200, "application/x-ndjson", FeedFiles.NdJson(rows));
            Files[$"/feeds/{stream}.csv"] = new FakeResponse(200, "text/csv; charset=utf-8", FeedFiles.Csv(rows));
            Files[$"/feeds/{stream}.xlsx"] = new FakeResponse(200, Xlsx, XlsxWriter.Write(rows));
        }

        Files["/download"] = new FakeResponse(200, "text/csv; charset=utf-8", FeedFiles.Csv(SampleServices));
        Files["/octet/services.csv"] = new FakeResponse(200, "application/octet-stream", FeedFiles.Csv(SampleServices));
    }

    protected override FakeResponse? Authorize(RecordedRequest request) =>
        BearerToken is null || request.Header("Authorization") == "Bearer " + BearerToken ? null : UnauthorizedResponse();

    protected override FakeResponse Respond(RecordedRequest request) =>
        Files.TryGetValue(request.Path, out var file) ? file : FakeResponse.Json(404, """{"error":"Not found"}""");

    protected override FakeResponse UnauthorizedResponse() => FakeResponse.Json(401, """{"error":"Unauthorized"}""");

    private static List<JsonNode> Sample(string name) => [.. EmbeddedData.ReadJson(name).AsArray().Select(row => row!.DeepClone())];
}
