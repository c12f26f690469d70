using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Emplois;

/// <summary>
/// Les emplois de l'inclusion <c>GET /api/v1/data-inclusion/?type=siae|orga</c> (emplois API §2–§6):
/// ServiceToken auth, DRF paging, the French error bodies and the HTML maintenance page.
/// </summary>
public sealed class FakeEmploisServer : FakeServerBase
{
    public const string DefaultToken = "fake-data-inclusion-service-token-0123456789";
    public const string EndpointPath = "/api/v1/data-inclusion/";
    private const string RecordedHost = "https://emplois.inclusion.beta.gouv.fr/";

    private FakeEmploisServer(string token)
    {
        Token = token;
        Siaes = Load("emplois/data-inclusion-siae-page1.json");
        Organisations = Load("emplois/data-inclusion-orga-page1.json");
    }

    public string Token { get; set; }

    /// <summary>Rows served for <c>type=siae</c>; starts with the 6 sample rows, tests may add or remove.</summary>
    public List<JsonNode> Siaes { get; }

    /// <summary>Rows served for <c>type=orga</c>; starts with the 6 sample rows.</summary>
    public List<JsonNode> Organisations { get; }

    /// <summary>When set, <c>next</c> links use this origin instead of the server's own (to test the host guard).</summary>
    public Uri? NextLinkOrigin { get; set; }

    public static async Task<FakeEmploisServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var server = new FakeEmploisServer(token);
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>Appends <paramref name="count"/> copies of the sample rows of <paramref name="type"/> (siae|orga) with fresh ids.</summary>
    public void AddGeneratedRows(string type, int count)
    {
        var rows = type == "siae" ? Siaes : Organisations;
        var samples = rows.ToArray();
        for (var i = 0; i < count; i++)
        {
            var row = samples[i % samples.Length].DeepClone();
            row["id"] = $"00000000-0000-4000-8000-{rows.Count:D12}";
            rows.Add(row);
        }
    }

    protected override FakeResponse? Authorize(RecordedRequest request) => DrfAuth.Check(request, Token, unknownKeyIsAnonymous: true);

    protected override FakeResponse Respond(RecordedRequest request)
    {
        if (request.Path != EndpointPath)
        {
            return FakeResponse.Json(404, """{"detail":"Pas trouvé."}""");
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            return FakeResponse.Json(405, $$"""{"detail":"Méthode « {{request.Method}} » non autorisée."}""");
        }

        var rows = request.Query("type") switch
        {
            "siae" => Siaes,
            "orga" => Organisations,
            _ => null,
        };
        if (rows is null)
        {
            return request.Query("type") == string.Empty
                ? FakeResponse.Json(400, """["Le paramètre `type` est obligatoire."]""")
                : FakeResponse.Json(400, """["La valeur du paramètre `type` doit être `siae` ou `orga`."]""");
        }

        var origin = NextLinkOrigin ?? BaseUri;
        return DrfPaging.Page(rows, origin, request, transform: row => WithHost(row, origin));
    }

    protected override FakeResponse UnauthorizedResponse() => DrfAuth.Unauthorized(DrfAuth.NotProvided);

    protected override FakeResponse TooManyRequestsResponse(string retryAfter) =>
        FakeResponse.Json(429, $$"""{"detail":"Requête ralentie. Disponible à nouveau dans {{retryAfter}} secondes."}""")
            .WithHeader("Retry-After", retryAfter);

    protected override FakeResponse ServerErrorResponse() =>
        FakeResponse.Json(500, """{"detail":"Something went wrong, sorry. We've been notified."}""");

    protected override FakeResponse MaintenanceResponse(RecordedRequest request) =>
        // emplois API §0: JSON 503 only when the request says Content-Type: application/json; otherwise HTML with 200.
        request.Header("Content-Type")?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? FakeResponse.Json(503, """{"error":"maintenance en cours"}""")
            : FakeResponse.Html(200, "<!DOCTYPE html><html lang=\"fr\"><head><title>Maintenance - Les emplois de l'inclusion</title></head>"
                + "<body><h1>Maintenance en cours</h1><p>Le site est en maintenance, merci de revenir plus tard.</p></body></html>");

    private static List<JsonNode> Load(string name) =>
        [.. EmbeddedData.ReadJson(name)["results"]!.AsArray().Select(row => row!.DeepClone())];

    private static JsonNode WithHost(JsonNode row, Uri origin)
    {
        // lien_source takes the host the client used (emplois API §0). The row is already a copy.
        if (row["lien_source"]?.GetValue<string>() is { } link && link.StartsWith(RecordedHost, StringComparison.Ordinal))
        {
            row["lien_source"] = new Uri(origin, link[RecordedHost.Length..]).AbsoluteUri;
        }

        return row;
    }
}
