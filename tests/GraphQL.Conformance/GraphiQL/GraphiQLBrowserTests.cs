using System.Diagnostics;
using System.Text.Json.Nodes;
using DataInclusion.GraphQL.Conformance.Http;
using DataInclusion.GraphQL.Types;
using Xunit.Abstractions;

namespace DataInclusion.GraphQL.Conformance.GraphiQL;

/// <summary>The embedded GraphiQL, loaded from a running server by headless Chromium, runs a query and shows the result.</summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private const string Sdl = """
        type Query {
          greeting(name: String!): String
        }
        """;

    [Fact]
    public async Task GraphiQL_InHeadlessChromium_RunsAQueryAgainstTheServer()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .AddResolver("Query", "greeting", context => ValueTask.FromResult<object?>($"Bonjour {context.Arguments["name"]} !"))
            .Build();
        await using var server = await LoopbackGraphQLServer.StartAsync(schema, cancellationToken: ct);
        await using var browser = await HeadlessChromium.LaunchAsync(ct);
        await using var page = await browser.ConnectToPageAsync(ct);

        var query = Uri.EscapeDataString("{ greeting(name: \"Chromium\") }");
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = $"{server.GraphiQL}?query={query}" }, ct);
        await WaitForAsync(page, "document.querySelector('.graphiql-execute-button') ? 'ready' : null", ct);
        await page.EvaluateAsync("document.querySelector('.graphiql-execute-button').click(), 'clicked'", ct);
        var response = await WaitForAsync(
            page,
            // Monaco renders spaces as U+00A0: normalise them before looking at the text.
            "(() => { const r = document.querySelector('.graphiql-response'); "
                + "const t = r && r.innerText.replace(/\\u00a0/g, ' '); return t && t.includes('Bonjour') ? t : null; })()",
            ct);

        output.WriteLine(response);
        Assert.Contains("Bonjour Chromium !", response, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForAsync(DevToolsSession page, string expression, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (await page.EvaluateAsync(expression, cancellationToken) is { Length: > 0 } value)
            {
                return value;
            }

            if (elapsed.Elapsed > TimeSpan.FromSeconds(60))
            {
                var body = await page.EvaluateAsync("document.body ? document.body.innerText.slice(0, 2000) : ''", cancellationToken);
                throw new TimeoutException($"timed out waiting for `{expression}`; page text: {body}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
