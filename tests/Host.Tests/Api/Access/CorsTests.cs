using System.Net;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>Issue 12 §2: browser portals — reads from any origin, a token bound to origins only from those.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CorsTests(PostgresFixture postgres)
{
    private const string Query = "{ __typename }";
    private const string Portal = "https://portail.example.fr";

    [Fact]
    public async Task Preflight_OfAGraphQLPostWithJsonAndAuthorization_IsAllowedFromAnyOrigin()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, new Dictionary<string, string?> { ["Api:RequireToken"] = "true" });
        using var http = host.Client();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://ailleurs.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousRead_FromAnyOrigin_CarriesAllowOriginStar()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db);
        using var http = host.Client();

        using var response = await http.SendAsync(ApiHost.GraphQL(Query, origin: "https://ailleurs.example.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TokenWithAllowedOrigins_IsAcceptedFromThem_OrWithoutOrigin_And403FromAnotherOrigin()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db);
        var token = await host.CreateTokenAsync("portail", origins: [Portal]);
        var unbound = await host.CreateTokenAsync("serveur");
        using var http = host.Client();

        using var allowed = await http.SendAsync(ApiHost.GraphQL(Query, token, Portal));
        using var serverSide = await http.SendAsync(ApiHost.GraphQL(Query, token));
        using var other = await http.SendAsync(ApiHost.GraphQL(Query, token, "https://copie.example.org"));
        using var otherRest = await http.SendAsync(WithOrigin(ApiTokenTests.Get("/api/v1/ping", token), "https://copie.example.org"));
        using var unboundElsewhere = await http.SendAsync(ApiHost.GraphQL(Query, unbound, "https://copie.example.org"));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, serverSide.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherRest.StatusCode);
        Assert.Contains("jeton.origine_refusee", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The browser may read the refusal: it carries the CORS header like any API answer.
        Assert.Equal("*", Header(other, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, unboundElsewhere.StatusCode);
    }

    private static HttpRequestMessage WithOrigin(HttpRequestMessage request, string origin)
    {
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
