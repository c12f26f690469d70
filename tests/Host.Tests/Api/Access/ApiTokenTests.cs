using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.OpenData;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>Issue 12 §2: <c>Authorization: Bearer</c> on /graphql and /api/v1, open reads, <c>Api__RequireToken</c>, revocation.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiTokenTests(PostgresFixture postgres)
{
    private const string Query = "{ structures { totalCount } }";

    [Fact]
    public async Task UnknownOrRevokedToken_Is401_WithBearerChallenge_AndAJsonError_OnGraphQLAndRest()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, new Dictionary<string, string?> { ["Api:TokenCacheSeconds"] = "0" });
        var revoked = await host.CreateTokenAsync("ancien-portail");
        Assert.True(await new ApiTokenStore(host.DataSource, TimeProvider.System).RevokeAsync("ancien-portail", CancellationToken.None));
        using var http = host.Client();

        foreach (var token in new[] { "dia_inconnu", revoked })
        {
            foreach (var request in new[] { ApiHost.GraphQL(Query, token), Get("/api/v1/ping", token) })
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
                Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal("jeton.invalide", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
            }
        }
    }

    [Fact]
    public async Task ReadsWithoutAToken_StayOpen_AndAValidTokenIsTheCaller()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db);
        var token = await host.CreateTokenAsync("portail");
        using var http = host.Client();

        using var anonymous = await http.SendAsync(ApiHost.GraphQL(Query));
        using var withToken = await http.SendAsync(Get("/api/v1/ping", token));

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("""{"token":"portail"}""", await withToken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequireToken_RefusesReadsWithoutAToken_AcceptsApiAndAdminScopes_AndLeavesHealthAndGraphiQLPageOpen()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, new Dictionary<string, string?> { ["Api:RequireToken"] = "true" });
        var api = await host.CreateTokenAsync("portail");
        var admin = await host.CreateTokenAsync("operateur", ApiScope.Admin);
        using var http = host.Client();

        using var none = await http.SendAsync(ApiHost.GraphQL(Query));
        using var noneRest = await http.SendAsync(Get("/api/v1/ping", null));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noneRest.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("jeton.absent", JsonDocument.Parse(await none.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());

        foreach (var token in new[] { api, admin })
        {
            using var response = await http.SendAsync(ApiHost.GraphQL(Query, token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        using var pageResponse = await http.SendAsync(page);
        Assert.NotEqual(HttpStatusCode.Unauthorized, pageResponse.StatusCode);
    }

    [Fact]
    public async Task Cache_KeepsAResolvedToken_ForItsLifetime_SoARevocationTakesEffectWithinThatBound()
    {
        var db = await postgres.CreateDatabaseAsync();
        var time = new ManualTime(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(db);
        var store = new ApiTokenStore(dataSource, time);
        var lookups = 0;
        var cache = new ApiTokenCache(async (hash, ct) => { lookups++; return await store.FindActiveAsync(hash, ct); }, TimeSpan.FromSeconds(30), time);
        var token = (await store.CreateAsync("portail", ApiScope.Api, ["soliguide"], [], null, CancellationToken.None))!;

        Assert.Equal("portail", (await cache.FindAsync(token, CancellationToken.None))?.Name);
        await store.RevokeAsync("portail", CancellationToken.None);
        time.Now += TimeSpan.FromSeconds(29);
        Assert.Equal(["soliguide"], (await cache.FindAsync(token, CancellationToken.None))?.Sources);
        Assert.Equal(1, lookups);

        time.Now += TimeSpan.FromSeconds(2);
        Assert.Null(await cache.FindAsync(token, CancellationToken.None));
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task Store_KeepsOnlyTheHash_AndRefusesATakenName()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(db);
        var admin = new ApiTokenAdmin(new ApiTokenStore(dataSource, TimeProvider.System), new SourceCatalog(dataSource, TimeProvider.System));

        var (token, problem) = await admin.CreateAsync("portail", "api", ["soliguide"], ["https://Portail.example.fr/"], 120, CancellationToken.None);
        var (_, taken) = await admin.CreateAsync("portail", "api", [], [], null, CancellationToken.None);
        var (_, open) = await admin.CreateAsync("autre", "api", ["dora"], [], null, CancellationToken.None);
        var (_, path) = await admin.CreateAsync("autre", "api", [], ["https://portail.example.fr/carte"], null, CancellationToken.None);

        Assert.Null(problem);
        Assert.StartsWith(ApiTokenStore.Prefix, token, StringComparison.Ordinal);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM ops.api_tokens WHERE token_hash = sha256(convert_to('{token}', 'UTF8'))"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM ops.api_tokens t WHERE position('{token![4..]}' in t::text) > 0"));
        var stored = Assert.Single(await new ApiTokenStore(dataSource, TimeProvider.System).ListAsync(CancellationToken.None));
        Assert.Equal(["https://portail.example.fr"], stored.AllowedOrigins);
        Assert.Equal(120, stored.RateLimitPerMinute);
        Assert.Contains("already exists", taken, StringComparison.Ordinal);
        Assert.Contains("not a restricted source", open, StringComparison.Ordinal);
        Assert.Contains("not a browser origin", path, StringComparison.Ordinal);
    }

    internal static HttpRequestMessage Get(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
