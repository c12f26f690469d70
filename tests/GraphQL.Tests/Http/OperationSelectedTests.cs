using System.Net;
using System.Text;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Http;

/// <summary>The <c>OperationSelected</c> hook tells the host which operation a request runs (the host logs it).</summary>
public sealed class OperationSelectedTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { hello: String }")
        .AddResolver("Query", "hello", _ => new ValueTask<object?>("hi"))
        .Build();

    [Theory]
    [InlineData("""{"query":"query A { hello } query B { hello }","operationName":"B"}""", "B")]
    [InlineData("""{"query":"query Lone { hello }"}""", "Lone")]
    [InlineData("""{"query":"{ hello }"}""", null)]
    [InlineData("""{"query":"query A { hello }","operationName":"Missing"}""", "Missing")]
    public async Task Post_ReportsTheOperationName(string json, string? expected)
    {
        var (status, seen) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([expected], seen);
    }

    [Fact]
    public async Task Post_UnparsableDocument_NoOperation()
    {
        var (status, seen) = await PostAsync("""{"query":"query A {","operationName":"A"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(seen);
    }

    private static async Task<(HttpStatusCode Status, List<string?> Seen)> PostAsync(string json)
    {
        var seen = new List<string?>();
        await using var server = await TestServer.StartAsync(s_schema, options => options.OperationSelected = (_, name) => seen.Add(name));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return (response.StatusCode, seen);
    }
}
