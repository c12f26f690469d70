using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 7: <c>serve</c> logs one compact-JSON event per request, with the GraphQL operation name for <c>/graphql</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RequestLoggingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Serve_GraphQLRequest_LogsMethodPathStatusElapsedAndOperationName()
    {
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = await postgres.CreateDatabaseAsync() };
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        using var http = new HttpClient { BaseAddress = baseUri };

        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            query = "query Annuaire { structures(first: 1) { totalCount } } query Autre { sources { slug } }",
            operationName = "Annuaire",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var missing = await http.GetAsync(new Uri("/nowhere", UriKind.Relative));

        var graphql = await WaitForRequestEventAsync(serve, "/graphql");
        Assert.Equal("POST", graphql.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, graphql.GetProperty("StatusCode").GetInt32());
        Assert.True(graphql.GetProperty("Elapsed").GetDouble() > 0, graphql.ToString());
        Assert.Equal("Annuaire", graphql.GetProperty("GraphQLOperationName").GetString());

        var other = await WaitForRequestEventAsync(serve, "/nowhere");
        Assert.Equal(404, other.GetProperty("StatusCode").GetInt32());
        Assert.False(other.TryGetProperty("GraphQLOperationName", out var _), other.ToString());
        // ServeProcess polled /healthz until it answered 200: those probes are not worth a line each.
        Assert.DoesNotContain(RequestEvents(serve), e => e.GetProperty("RequestPath").GetString() == "/healthz");
    }

    private static async Task<JsonElement> WaitForRequestEventAsync(CliProcess serve, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (RequestEvents(serve).FirstOrDefault(e => e.GetProperty("RequestPath").GetString() == path) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no request event for {path}\n{serve}");
        return default;
    }

    // Request events are the compact-JSON lines that carry a RequestPath (Serilog's request logging).
    private static List<JsonElement> RequestEvents(CliProcess serve) =>
        serve.StandardError.Split('\n')
            .Where(line => line.StartsWith('{') && line.Contains("\"RequestPath\"", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
}
