using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Dora;

/// <summary>
/// Dora <c>GET /api/v2/structures/</c> and <c>/api/v2/services/</c> (interop §2.1): DRF token auth, and
/// <c>OptionalPageNumberPagination</c>: a flat array without <c>page_size</c>, DRF pages with it.
/// </summary>
public sealed class FakeDoraServer : FakeServerBase
{
    public const string DefaultToken = "0f4c9e1d2b3a4c5d6e7f8091a2b3c4d5e6f70812";

    private FakeDoraServer(string token)
    {
        Token = token;
        Structures = [.. EmbeddedData.ReadJson("dora/structures.json").AsArray().Select(row => row!.DeepClone())];
        Services = [.. EmbeddedData.ReadJson("dora/services.json").AsArray().Select(row => row!.DeepClone())];
    }

    public string Token { get; set; }

    public List<JsonNode> Structures { get; }

    public List<JsonNode> Services { get; }

    public static async Task<FakeDoraServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var server = new FakeDoraServer(token);
        await server.StartServerAsync(ct);
        return server;
    }

    protected override FakeResponse? Authorize(RecordedRequest request) => DrfAuth.Check(request, Token, unknownKeyIsAnonymous: false);

    protected override FakeResponse Respond(RecordedRequest request)
    {
        var rows = request.Path switch
        {
            "/api/v2/structures/" => Structures,
            "/api/v2/services/" => Services,
            _ => null,
        };
        if (rows is null)
        {
            return FakeResponse.Json(404, """{"detail":"Pas trouvé."}""");
        }

        if (request.Method != "GET")
        {
            return FakeResponse.Json(405, $$"""{"detail":"Méthode « {{request.Method}} » non autorisée."}""");
        }

        return request.Query("page_size") == string.Empty
            ? FakeResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(new JsonArray([.. rows.Select(row => row.DeepClone())]), DrfPaging.CompactJson))
            : DrfPaging.Page(rows, BaseUri, request);
    }

    protected override FakeResponse UnauthorizedResponse() => DrfAuth.Unauthorized(DrfAuth.NotProvided);

    protected override FakeResponse ServerErrorResponse() =>
        FakeResponse.Html(500, "<!doctype html><html><head><title>Server Error (500)</title></head><body><h1>Server Error (500)</h1><p></p></body></html>");
}
