using System.Globalization;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Cd35;

/// <summary>
/// The ArcGIS FeatureServer layer of the Ille-et-Vilaine social directory (data-inclusion §2.2): public
/// <c>query</c> paged by <c>resultOffset</c>/<c>resultRecordCount</c>, <c>exceededTransferLimit</c> while rows remain,
/// errors as <c>{"error": {...}}</c> with HTTP 200, as ArcGIS does.
/// </summary>
public sealed class FakeCd35Server : FakeServerBase
{
    public const string LayerPath = "/jGLANYlFVVx3nuxa/arcgis/rest/services/annuaire_social_CD35/FeatureServer/0";

    private FakeCd35Server() =>
        Features = [.. EmbeddedData.ReadJson("cd35/features.json").AsArray().Select(row => row!.DeepClone())];

    public List<JsonNode> Features { get; }

    /// <summary>The layer's <c>maxRecordCount</c>: a page never holds more, whatever the client asks.</summary>
    public int MaxRecordCount { get; set; } = 2000;

    public Uri LayerUrl => new(BaseUri, LayerPath.TrimStart('/'));

    public static async Task<FakeCd35Server> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeCd35Server();
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>The answer ArcGIS gives to a bad query (still HTTP 200).</summary>
    public static FakeResponse ArcGisError(int code, string message) =>
        FakeResponse.Json(200, $$$"""{"error":{"code":{{{code}}},"message":"{{{message}}}","details":[]}}""");

    protected override FakeResponse Respond(RecordedRequest request)
    {
        if (request.Path != LayerPath + "/query")
        {
            return ArcGisError(400, "Invalid URL");
        }

        if (request.Query("f") != "json" || request.Query("where") == string.Empty)
        {
            return ArcGisError(400, "Unable to complete operation.");
        }

        var offset = int.TryParse(request.Query("resultOffset"), CultureInfo.InvariantCulture, out var o) ? o : 0;
        var requested = int.TryParse(request.Query("resultRecordCount"), CultureInfo.InvariantCulture, out var c) ? c : MaxRecordCount;
        var count = Math.Min(requested, MaxRecordCount);
        var page = new JsonObject
        {
            ["objectIdFieldName"] = "ObjectId",
            ["geometryType"] = "esriGeometryPoint",
            ["spatialReference"] = new JsonObject { ["wkid"] = 4326, ["latestWkid"] = 4326 },
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "ObjectId", ["type"] = "esriFieldTypeOID", ["alias"] = "ObjectId" }),
            ["features"] = new JsonArray([.. Features.Skip(offset).Take(count).Select(f => f.DeepClone())]),
        };
        if (offset + count < Features.Count)
        {
            page["exceededTransferLimit"] = true;
        }

        return FakeResponse.Json(200, page.ToJsonString(DrfPaging.CompactJson));
    }
}
