using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Soliguide;

/// <summary>
/// Soliguide <c>POST /new-search</c> (interop §2.2): <c>Authorization: JWT &lt;token&gt;</c>, a JSON body with
/// <c>location</c> and <c>options.{limit,page}</c>, an answer <c>{nbResults, places}</c>. Error bodies are invented
/// (the contract does not give them).
/// </summary>
public sealed class FakeSoliguideServer : FakeServerBase
{
    public const string DefaultToken = "eyJhbGciOiJIUzI1NiJ9.eyJfaWQiOiI2NWY0In0.ZmFrZS1zaWduYXR1cmU";

    private FakeSoliguideServer(string token)
    {
        Token = token;
        Places = [.. EmbeddedData.ReadJson("soliguide/places.json").AsArray().Select(row => row!.DeepClone())];
    }

    public string Token { get; set; }

    public List<JsonNode> Places { get; }

    public static async Task<FakeSoliguideServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var server = new FakeSoliguideServer(token);
        await server.StartServerAsync(ct);
        return server;
    }

    protected override FakeResponse? Authorize(RecordedRequest request) =>
        // The server slices the first 4 characters ("JWT ") off the header and verifies the rest.
        request.Header("Authorization") == "JWT " + Token ? null : UnauthorizedResponse();

    protected override FakeResponse Respond(RecordedRequest request)
    {
        if (!request.Path.StartsWith("/new-search", StringComparison.Ordinal))
        {
            return FakeResponse.Json(404, """{"message":"NOT_FOUND"}""");
        }

        if (request.Method != "POST")
        {
            return FakeResponse.Json(405, """{"message":"METHOD_NOT_ALLOWED"}""");
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return FakeResponse.Json(400, """{"message":"INVALID_JSON"}""");
        }

        if (body?["location"]?["geoType"] is null)
        {
            return FakeResponse.Json(400, """{"message":"LOCATION_REQUIRED"}""");
        }

        // Default limit: 100 without options, 20 with options but no limit (interop §2.2).
        var options = body["options"];
        var limit = options is null ? 100 : options["limit"]?.GetValue<int>() ?? 20;
        var page = options?["page"]?.GetValue<int>() ?? 1;
        var places = new JsonArray([.. Places.Skip((page - 1) * limit).Take(limit).Select(place => place.DeepClone())]);
        var answer = new JsonObject { ["nbResults"] = Places.Count, ["places"] = places };
        return FakeResponse.Json(200, answer.ToJsonString(DrfPaging.CompactJson));
    }

    protected override FakeResponse UnauthorizedResponse() => FakeResponse.Json(401, """{"message":"UNAUTHORIZED_USER"}""");
}
