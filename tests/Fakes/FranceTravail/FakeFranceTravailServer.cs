using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace DataInclusion.Fakes.FranceTravail;

/// <summary>
/// France Travail on one host (data-inclusion §2.2): the OAuth2 client-credentials token endpoint, the
/// référentiel des agences (Bearer), and the Grist CSV export of services (Bearer Grist key).
/// </summary>
public sealed class FakeFranceTravailServer : FakeServerBase
{
    public const string TokenPath = "/connexion/oauth2/access_token";
    public const string AgencesPath = "/partenaire/referentielagences/v1/agences";
    public const string ServicesPath = "/o/gipinclusion/api/docs/5NZ4vboTQXZs/download/csv";
    public const string DefaultClientId = "PAR_datainclusion_0123abcd";
    public const string DefaultClientSecret = "s3cr3t-0123456789abcdef";
    public const string DefaultGristToken = "grist-api-key-42";

    private int _issued;

    private FakeFranceTravailServer()
    {
        Agences = [.. EmbeddedData.ReadJson("france-travail/agences.json").AsArray().Select(row => row!.DeepClone())];
        Services = [.. EmbeddedData.ReadJson("france-travail/services.json").AsArray().Select(row => row!.DeepClone())];
    }

    public string ClientId { get; set; } = DefaultClientId;

    public string ClientSecret { get; set; } = DefaultClientSecret;

    public string GristToken { get; set; } = DefaultGristToken;

    /// <summary>The last access token issued; agences require it.</summary>
    public string? AccessToken { get; private set; }

    public List<JsonNode> Agences { get; }

    public List<JsonNode> Services { get; }

    public static async Task<FakeFranceTravailServer> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeFranceTravailServer();
        await server.StartServerAsync(ct);
        return server;
    }

    protected override FakeResponse? Authorize(RecordedRequest request) => request.Path switch
    {
        TokenPath => null,
        AgencesPath when AccessToken is not null && request.Header("Authorization") == "Bearer " + AccessToken => null,
        ServicesPath when request.Header("Authorization") == "Bearer " + GristToken => null,
        _ => UnauthorizedResponse(),
    };

    protected override FakeResponse Respond(RecordedRequest request) => request.Path switch
    {
        TokenPath => IssueToken(request),
        AgencesPath => FakeResponse.Json(200, new JsonArray([.. Agences.Select(a => a.DeepClone())]).ToJsonString(DrfPaging.CompactJson)),
        ServicesPath => new FakeResponse(200, "text/csv; charset=utf-8", FeedFiles.Csv(Services)),
        _ => FakeResponse.Json(404, """{"message":"Not Found"}"""),
    };

    protected override FakeResponse UnauthorizedResponse() =>
        FakeResponse.Json(401, """{"message":"Authentification requise","code":"401"}""");

    private FakeResponse IssueToken(RecordedRequest request)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body));
        if (request.Method != "POST" || request.Query("realm") != "/partenaire" || form["grant_type"] != "client_credentials")
        {
            return FakeResponse.Json(400, """{"error":"invalid_request","error_description":"Invalid grant or realm"}""");
        }

        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return FakeResponse.Json(401, """{"error":"invalid_client","error_description":"Client authentication failed"}""");
        }

        var scopes = form["scope"].ToString().Split(' ');
        if (!scopes.Contains("api_referentielagencesv1") || !scopes.Contains("application_" + ClientId))
        {
            return FakeResponse.Json(400, """{"error":"invalid_scope","error_description":"Scope api_referentielagencesv1 missing"}""");
        }

        AccessToken = $"ft-access-token-{Interlocked.Increment(ref _issued)}";
        return FakeResponse.Json(200, $$"""{"scope":"{{form["scope"]}}","expires_in":1499,"token_type":"Bearer","access_token":"{{AccessToken}}"}""");
    }
}
