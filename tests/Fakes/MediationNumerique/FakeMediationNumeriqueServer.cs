using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.MediationNumerique;

/// <summary>
/// ANCT Cartographie nationale <c>GET /carto</c> (interop §2.3): Bearer auth, the whole dataset in one
/// unpaginated JSON array. Error bodies are invented.
/// </summary>
public sealed class FakeMediationNumeriqueServer : FakeServerBase
{
    public const string DefaultToken = "anct-carto-token-5f2e";

    private FakeMediationNumeriqueServer(string token)
    {
        Token = token;
        Structures = [.. EmbeddedData.ReadJson("mediation-numerique/carto.json").AsArray().Select(row => row!.DeepClone())];
    }

    public string Token { get; set; }

    public List<JsonNode> Structures { get; }

    public static async Task<FakeMediationNumeriqueServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var server = new FakeMediationNumeriqueServer(token);
        await server.StartServerAsync(ct);
        return server;
    }

    protected override FakeResponse? Authorize(RecordedRequest request) =>
        request.Header("Authorization") == "Bearer " + Token ? null : UnauthorizedResponse();

    protected override FakeResponse Respond(RecordedRequest request) =>
        request.Path == "/carto" && request.Method == "GET"
            ? FakeResponse.Json(200, new JsonArray([.. Structures.Select(row => row.DeepClone())]).ToJsonString(DrfPaging.CompactJson))
            : FakeResponse.Json(404, """{"error":"Not Found"}""");

    protected override FakeResponse UnauthorizedResponse() => FakeResponse.Json(401, """{"error":"Jeton d'accès invalide"}""");
}
