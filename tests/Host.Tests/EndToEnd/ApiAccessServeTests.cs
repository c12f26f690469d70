using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataInclusion.Host.Tests.Api.Access;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>
/// Issue 12 §2 through the real CLI and <c>serve</c>: <c>tokens create|list|revoke</c>, and the caller reaching the
/// GraphQL resolvers in <c>serve</c>'s own wiring (the in-process <see cref="ApiHost"/> composes the same parts).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiAccessServeTests(PostgresFixture postgres)
{
    private const string Query = """{ structure(id: "soliguide--p1") { id } }""";

    [Fact]
    public async Task TokensCli_CreatesAGrantedToken_ServeShowsSoliguideToItAlone_AndARevokedTokenIs401()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["Api__TokenCacheSeconds"] = "0" };
        string token;
        await using (var create = await CliProcess.RunAsync(environment, ProducerHttp.CliTimeout,
            "tokens", "create", "dora-partenaire", "--scope", "api", "--sources", "soliguide", "--allowed-origin", "https://portail.example.fr"))
        {
            Assert.True(create.ExitCode == 0, create.ToString());
            token = create.StandardOutput.Trim();
        }

        await using (var refused = await CliProcess.RunAsync(environment, ProducerHttp.CliTimeout, "tokens", "create", "autre", "--sources", "dora"))
        {
            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains("not a restricted source", refused.StandardError, StringComparison.Ordinal);
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        Assert.Equal("""{"structure":{"id":"soliguide--p1"}}""", await DataAsync(http, token));
        Assert.Equal("""{"structure":null}""", await DataAsync(http, null));

        await using (var revoke = await CliProcess.RunAsync(environment, ProducerHttp.CliTimeout, "tokens", "revoke", "dora-partenaire"))
        {
            Assert.True(revoke.ExitCode == 0, revoke.ToString());
        }

        using var afterRevoke = await http.SendAsync(Request(token));
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        await using var list = await CliProcess.RunAsync(environment, ProducerHttp.CliTimeout, "tokens", "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("dora-partenaire", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("https://portail.example.fr", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("revoked", list.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> DataAsync(HttpClient http, string? token)
    {
        using var response = await http.SendAsync(Request(token));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("data").GetRawText();
    }

    private static HttpRequestMessage Request(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
