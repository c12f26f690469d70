using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Http;

public sealed class GraphQLHttpTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { hello(name: String): String } type Mutation { touch: Int }")
        .AddResolver("Query", "hello", c => new ValueTask<object?>("hi " + c.GetArgument<string>("name")))
        .AddResolver("Mutation", "touch", _ => new ValueTask<object?>(1))
        .Build();

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> SendAsync(HttpRequestMessage request, Action<DataInclusion.GraphQL.Http.GraphQLHttpOptions>? configure = null)
    {
        await using var server = await TestServer.StartAsync(s_schema, configure);
        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Post(string json, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    [Fact]
    public async Task Post_Json_ExecutesWithVariables()
    {
        var (status, contentType, body) = await SendAsync(Post("""{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"Ana"},"operationName":"Q","extensions":null}"""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
        Assert.Equal("""{"data":{"hello":"hi Ana"}}""", body);
    }

    [Fact]
    public async Task Post_GraphQLResponseAccept_UsesThatMediaType()
    {
        var (status, contentType, _) = await SendAsync(Post("""{"query":"{ hello }"}""", "application/graphql-response+json, application/json;q=0.9"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", contentType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_ParseAndValidationErrors_StatusDependsOnMediaType(string accept, HttpStatusCode expected)
    {
        var (parseStatus, _, parseBody) = await SendAsync(Post("""{"query":"{"}""", accept));
        var (validationStatus, _, validationBody) = await SendAsync(Post("""{"query":"{ nope }"}""", accept));

        Assert.Equal(expected, parseStatus);
        Assert.Equal(expected, validationStatus);
        Assert.DoesNotContain("\"data\"", parseBody, StringComparison.Ordinal);
        Assert.StartsWith("""{"errors":[{"message":"Cannot query field""", validationBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VariableCoercionFailure_Is400WithGraphQLResponse()
    {
        var (status, _, body) = await SendAsync(Post("""{"query":"query ($n: String!) { hello(name: $n) }","variables":{"n":null}}""", "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$n\" has invalid value: Expected value of non-null type \"String!\" not to be null.","locations":[{"line":1,"column":8}]}]}""",
            body);
    }

    [Fact]
    public async Task Post_UnsupportedContentType_Is415()
    {
        var (status, _, _) = await SendAsync(Post("query=%7B%20hello%20%7D", contentType: "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ hello }","variables":[]}""")]
    [InlineData("{}")]
    public async Task Post_MalformedRequest_Is400(string json)
    {
        var (status, _, _) = await SendAsync(Post(json, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        var (status, _, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bhello(name%3A%22x%22)%7D&variables=&operationName="));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"data":{"hello":"hi x"}}""", body);
    }

    [Fact]
    public async Task Get_Mutation_Is405WithAllow()
    {
        await using var server = await TestServer.StartAsync(s_schema);
        using var response = await server.Client.GetAsync(new Uri("/graphql?query=mutation%7Btouch%7D", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Put_Is405()
    {
        var (status, _, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
    }

    [Fact]
    public async Task Accept_Unsupported_Is406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bhello%7D");
        request.Headers.Accept.ParseAdd("text/csv");

        var (status, _, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Fact]
    public async Task Get_Html_UsesThePageHook()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var (status, contentType, body) = await SendAsync(request, o => o.HtmlPage = c =>
        {
            c.Response.ContentType = "text/html";
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(c.Response, "<html>GraphiQL</html>");
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", contentType);
        Assert.Equal("<html>GraphiQL</html>", body);
    }
}
