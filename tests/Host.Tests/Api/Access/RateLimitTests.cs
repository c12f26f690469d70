using System.Net;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>Issue 12 §2: per-token and per-address rate limits (ASP.NET Core's limiter), <c>Api__RateLimit__PerMinute</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RateLimitTests(PostgresFixture postgres)
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task BeyondTheLimit_Is429_WithRetryAfterAndAJsonBody_OnGraphQLAndEveryApiV1Path_NotOnHealth()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, Settings(perMinute: 3));
        using var http = host.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.SendAsync(i % 2 == 0 ? ApiHost.GraphQL(Query) : ApiTokenTests.Get("/api/v1/ping", null));
            statuses.Add(response.StatusCode);
        }

        using var limited = await http.SendAsync(ApiTokenTests.Get("/api/v1/ping", null));
        using var limitedGraphQL = await http.SendAsync(ApiHost.GraphQL(Query));
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedGraphQL.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Equal("limite.depassee", JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Zero_SwitchesLimitingOff()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, Settings(perMinute: 0));
        var token = await host.CreateTokenAsync("petit", perMinute: 1);
        using var http = host.Client();

        for (var i = 0; i < 30; i++)
        {
            using var anonymous = await http.SendAsync(ApiHost.GraphQL(Query));
            using var withToken = await http.SendAsync(ApiHost.GraphQL(Query, token));
            Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        }
    }

    [Fact]
    public async Task EachTokenHasItsOwnBucket_AndItsOwnLimit_ApartFromTheAddress()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var host = await ApiHost.StartAsync(db, Settings(perMinute: 2));
        var a = await host.CreateTokenAsync("portail-a");
        var b = await host.CreateTokenAsync("portail-b");
        var large = await host.CreateTokenAsync("portail-large", perMinute: 5);
        using var http = host.Client();

        Assert.Equal([200, 200, 429], await StatusesAsync(http, a, 3));
        Assert.Equal([200, 200, 429], await StatusesAsync(http, b, 3));
        Assert.Equal([200, 200, 429], await StatusesAsync(http, null, 3));
        Assert.Equal([200, 200, 200, 200, 200, 429], await StatusesAsync(http, large, 6));
    }

    private static async Task<List<int>> StatusesAsync(HttpClient http, string? token, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await http.SendAsync(ApiHost.GraphQL(Query, token));
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    private static Dictionary<string, string?> Settings(int perMinute) => new() { ["Api:RateLimit:PerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
