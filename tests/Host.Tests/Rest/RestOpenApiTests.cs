using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataInclusion.Host.Rest;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>Issue 12 §3: the OpenAPI document at <c>/api/openapi.json</c> and the Scalar docs at <c>/api/docs</c>, working offline.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class RestOpenApiTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private RestServer _server = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        _server = await RestServer.StartAsync(_dataSource);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryRestEndpoint_ItsParameters_AndItsResponseSchema()
    {
        var text = await _server.Http.GetStringAsync(new Uri(RestOpenApi.DocumentPath, UriKind.Relative));
        var document = JsonDocument.Parse(text).RootElement;

        var paths = document.GetProperty("paths");
        var served = _server.Endpoints.Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith(RestEndpoints.Prefix + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, served.Count);
        Assert.Equal(served.Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        foreach (var path in paths.EnumerateObject())
        {
            var get = path.Value.GetProperty("get");
            var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.True(ok.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)), path.Name);
            Assert.False(string.IsNullOrEmpty(get.GetProperty("summary").GetString()), path.Name);
        }

        Assert.Equal(Names(RestParameters.Services), ParameterNames(paths, "/api/v1/services"));
        Assert.Equal(Names(RestParameters.SearchServices), ParameterNames(paths, "/api/v1/search/services"));
        Assert.Equal(Names(RestParameters.Search), ParameterNames(paths, "/api/v1/search"));
        Assert.Equal(Names(RestParameters.ServiceStream), ParameterNames(paths, "/api/v1/services.ndjson"));
        Assert.Equal(["id"], ParameterNames(paths, "/api/v1/services/{id}"));
        var thematiques = Parameter(paths, "/api/v1/services", "thematiques");
        Assert.Equal("array", thematiques.GetProperty("schema").GetProperty("type").GetString());
        // Repeated keys: OpenAPI's default for a query parameter (style form, explode true), so the document may leave them out.
        Assert.True(!thematiques.TryGetProperty("style", out var style) || style.GetString() == "form");
        Assert.True(!thematiques.TryGetProperty("explode", out var explode) || explode.GetBoolean());
        Assert.Contains("mobilite", thematiques.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(paths.GetProperty("/api/v1/services").GetProperty("get").GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(paths.GetProperty("/api/v1/services/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));

        // Response schemas carry data·inclusion's snake_case names.
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var service = schemas.GetProperty(nameof(RestService)).GetProperty("properties");
        foreach (var field in new[] { "structure_id", "date_maj", "zone_eligibilite", "score_qualite", "adresse_certifiee", "volume_horaire_hebdomadaire" })
        {
            Assert.True(service.TryGetProperty(field, out _), field);
        }

        Assert.Equal(["null", "number"], service.GetProperty("latitude").GetProperty("type").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.False(service.GetProperty("latitude").TryGetProperty("pattern", out _));

        var page = schemas.EnumerateObject().Single(s => s.Name.StartsWith("RestPageOfRestService", StringComparison.Ordinal) && !s.Name.Contains("Hit", StringComparison.Ordinal));
        Assert.Equal(["items", "next", "page", "pages", "size", "total"], page.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Docs_AnswerHtml_AndServeScalarsScriptThemselves_NothingFromACdn()
    {
        using var response = await _server.Http.GetAsync(new Uri(RestOpenApi.DocsPath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Scalar resolves the document's URL against the site's root: /api/openapi.json.
        Assert.Contains("\"url\":\"api/openapi.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain(scripts, s => s.Contains("//", StringComparison.Ordinal));
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        var sizes = new Dictionary<string, int>();
        foreach (var script in scripts)
        {
            using var asset = await _server.Http.GetAsync(new Uri(new Uri(_server.Http.BaseAddress!, RestOpenApi.DocsPath + "/"), script));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            sizes[script] = (await asset.Content.ReadAsByteArrayAsync()).Length;
        }

        // The whole Scalar bundle (several MB) comes from the package, embedded in its assembly.
        Assert.True(sizes["scalar.js"] > 1_000_000, $"scalar.js: {sizes["scalar.js"]} bytes");
    }

    private static List<string> Names(RestParameter[] parameters) => parameters.Select(p => p.Name).ToList();

    private static List<string> ParameterNames(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();

    private static JsonElement Parameter(JsonElement paths, string path, string name) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    [GeneratedRegex("<script[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
