using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Agefiph;

/// <summary>
/// Agefiph's Drupal JSON:API (<c>/jsonapi/node/solution</c>, <c>/jsonapi/node/contact</c>): public, paged by
/// <c>page[offset]</c>/<c>page[limit]</c> (Drupal caps the limit at 50), <c>links.next.href</c> absolute.
/// </summary>
public sealed class FakeAgefiphServer : FakeServerBase
{
    public const string MediaType = "application/vnd.api+json";

    private FakeAgefiphServer()
    {
        Solutions = Load("agefiph/solution.json");
        Contacts = Load("agefiph/contact.json");
    }

    public List<JsonNode> Solutions { get; }

    public List<JsonNode> Contacts { get; }

    /// <summary>Resources per page when the client does not ask (Drupal's default and maximum: 50).</summary>
    public int PageLimit { get; set; } = 50;

    public static async Task<FakeAgefiphServer> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeAgefiphServer();
        await server.StartServerAsync(ct);
        return server;
    }

    protected override FakeResponse Respond(RecordedRequest request)
    {
        var rows = request.Path switch
        {
            "/jsonapi/node/solution" => Solutions,
            "/jsonapi/node/contact" => Contacts,
            _ => null,
        };
        if (rows is null)
        {
            return Errors(404, "Not Found", "The requested resource could not be found.");
        }

        var offset = int.TryParse(request.Query("page[offset]"), CultureInfo.InvariantCulture, out var o) ? Math.Max(0, o) : 0;
        var limit = int.TryParse(request.Query("page[limit]"), CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 50) : PageLimit;
        var self = new Uri(BaseUri, request.PathAndQuery).AbsoluteUri;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = self } };
        if (offset + limit < rows.Count)
        {
            links["next"] = new JsonObject { ["href"] = PageLink(request.Path, offset + limit, limit) };
        }

        var document = new JsonObject
        {
            ["jsonapi"] = new JsonObject { ["version"] = "1.0", ["meta"] = new JsonObject { ["links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = "http://jsonapi.org/format/1.0/" } } } },
            ["data"] = new JsonArray([.. rows.Skip(offset).Take(limit).Select(row => row.DeepClone())]),
            ["links"] = links,
        };
        return new FakeResponse(200, MediaType, Encoding.UTF8.GetBytes(document.ToJsonString(DrfPaging.CompactJson)));
    }

    protected override FakeResponse ServerErrorResponse() => Errors(500, "Internal Server Error", "The website encountered an unexpected error.");

    private static FakeResponse Errors(int status, string title, string detail)
    {
        var body = $$"""{"jsonapi":{"version":"1.0"},"errors":[{"title":"{{title}}","status":"{{status}}","detail":"{{detail}}"}]}""";
        return new FakeResponse(status, MediaType, Encoding.UTF8.GetBytes(body));
    }

    private string PageLink(string path, int offset, int limit) =>
        new Uri(BaseUri, path).AbsoluteUri + $"?page%5Boffset%5D={offset}&page%5Blimit%5D={limit}";

    private static List<JsonNode> Load(string name) => [.. EmbeddedData.ReadJson(name).AsArray().Select(row => row!.DeepClone())];
}
