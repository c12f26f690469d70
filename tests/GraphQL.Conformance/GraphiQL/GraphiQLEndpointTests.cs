using System.Net;
using DataInclusion.GraphQL.Conformance.Http;
using DataInclusion.GraphQL.Http.GraphiQL;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Conformance.GraphiQL;

/// <summary>MapGraphiQL serves the embedded page and assets with no network beyond the server itself.</summary>
public sealed class GraphiQLEndpointTests
{
    [Fact]
    public void GraphiQLPage_EmbedsTheBundle()
    {
        Assert.True(GraphiQLPage.IsAvailable);
        Assert.Contains("graphiql.js", GraphiQLPage.AssetNames);
        Assert.Contains("graphiql.css", GraphiQLPage.AssetNames);
        Assert.Contains("graphql.worker.js", GraphiQLPage.AssetNames);
        Assert.Contains("editor.worker.js", GraphiQLPage.AssetNames);
    }

    [Fact]
    public void RenderHtml_EscapesTheConfigInsideTheScriptElement()
    {
        var html = GraphiQLPage.RenderHtml("/graphql?x=</script><b>", "/graphiql");

        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/graphiql/graphiql.js\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_CarriesTheDefaultTabs_EscapedInsideTheScriptElement()
    {
        var html = GraphiQLPage.RenderHtml("/graphql", "/graphiql", [new("# </script><b>\n{ a }", "{\"x\": 1}"), new("{ b }")]);
        var config = System.Text.Json.JsonDocument.Parse(ConfigOf(html)).RootElement;

        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        var tabs = config.GetProperty("defaultTabs");
        Assert.Equal(2, tabs.GetArrayLength());
        Assert.Equal("# </script><b>\n{ a }", tabs[0].GetProperty("query").GetString());
        Assert.Equal("{\"x\": 1}", tabs[0].GetProperty("variables").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, tabs[1].GetProperty("variables").ValueKind);
        // Without tabs GraphiQL keeps its own welcome tab.
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(ConfigOf(GraphiQLPage.RenderHtml("/graphql", "/graphiql"))).RootElement.GetProperty("defaultTabs").GetArrayLength());
    }

    private static string ConfigOf(string html)
    {
        const string Start = "<script id=\"graphiql-config\" type=\"application/json\">";
        var from = html.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task MapGraphiQL_ServesPageAndAssets_AndNoUnknownFile()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        await using var server = await LoopbackGraphQLServer.StartAsync(schema);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var page = await http.GetAsync(LoopbackGraphQLServer.GraphiQLPath);
        var html = await page.Content.ReadAsStringAsync();
        using var script = await http.GetAsync($"{LoopbackGraphQLServer.GraphiQLPath}/graphiql.js");
        using var missing = await http.GetAsync($"{LoopbackGraphQLServer.GraphiQLPath}/nope.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"endpoint\":\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CreatePageHandler_ServesGraphiQLOnTheGraphQLEndpointForBrowsers()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        await using var server = await LoopbackGraphQLServer.StartAsync(
            schema, o => o.HtmlPage = GraphiQLEndpointRouteBuilderExtensions.CreatePageHandler(LoopbackGraphQLServer.GraphiQLPath));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, LoopbackGraphQLServer.Path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"endpoint\":\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/graphiql/graphiql.js\"", html, StringComparison.Ordinal);
    }
}
